import fc from 'fast-check';
import { excelSheetName } from '../../../src/core/tables/excel-sheet-name';

describe('excelSheetName', () => {
  it('replaces what Excel refuses, trims quotes, shortens and never gives an empty or reserved name', () => {
    expect([
      excelSheetName('2024/活动[终稿]', []),
      excelSheetName("'引号'", []),
      excelSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', []),
      excelSheetName(' \t', []),
      excelSheetName('History', []),
    ]).toEqual(['2024_活动_终稿_', '引号', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一', 'Sheet1', 'History (2)']);
  });

  it('takes a free name when the name is taken, whatever its case', () => {
    expect([excelSheetName('活动安排', ['活动安排']), excelSheetName('Plan', ['plan', 'PLAN (2)'])]).toEqual(['活动安排 (2)', 'Plan (3)']);
  });

  it('always gives a valid name that is not taken', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (name, taken) => {
        const out = excelSheetName(name, taken);
        return (
          out.length >= 1 &&
          out.length <= 31 &&
          !/[\\/?*:[\]\u0000-\u001f]/.test(out) &&
          !out.startsWith("'") &&
          !out.endsWith("'") &&
          out.toLowerCase() !== 'history' &&
          !taken.some((t) => t.toLowerCase() === out.toLowerCase())
        );
      }),
    );
  });
});
