import { chooseSourceSheet } from '../../../src/core/sheet/choose-source-sheet';

describe('chooseSourceSheet', () => {
  it('prefers the saved sheet while it exists', () => {
    expect(chooseSourceSheet(['A', 'B'], 'B', 'A')).toBe('B');
  });
  it('falls back to the detected sheet when the saved one is gone', () => {
    expect(chooseSourceSheet(['A', 'B'], 'C', 'B')).toBe('B');
  });
  it('takes the first candidate when nothing was detected', () => {
    expect(chooseSourceSheet(['A', 'B'], undefined, null)).toBe('A');
  });
  it('gives null for a workbook without candidates', () => {
    expect(chooseSourceSheet([], 'A', 'A')).toBeNull();
  });
});
