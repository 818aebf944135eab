import { freeSheetName } from '../../../src/core/tables/free-sheet-name';

describe('freeSheetName', () => {
  it('takes the name, else the first free "(n)" variant, ignoring case and staying under 31 characters', () => {
    const long = '一二三四五六七八九十'.repeat(3);
    expect([
      freeSheetName('主要工作', new Set()),
      freeSheetName('主要工作', new Set(['主要工作', '主要工作 (2)'])),
      freeSheetName('_PlanSheet_Lists', new Set(['_plansheet_lists'])),
      freeSheetName(long, new Set([long.toLowerCase()])),
    ]).toEqual(['主要工作', '主要工作 (3)', '_PlanSheet_Lists (2)', `${long.slice(0, 26)} (2)`]);
  });
});
