import fc from 'fast-check';
import { safeFileName } from '../../../src/core/document/safe-file-name';

describe('safeFileName', () => {
  it('replaces the characters Windows refuses', () => {
    expect(safeFileName('计划/总结: "2024"?', 'docx')).toBe('计划_总结_ _2024__.docx');
  });
  it('falls back to a name when the title is blank', () => {
    expect(safeFileName(' \t', 'xlsx')).toBe('PlanSheet.xlsx');
  });
  it('never gives a name with a forbidden character', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const name = safeFileName(title, 'docx');
        return !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name.endsWith('.docx') && name.length > '.docx'.length;
      }),
    );
  });
});
