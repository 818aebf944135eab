import { gridFromValues } from '../../../src/core/sheet/grid-from-values';

describe('gridFromValues', () => {
  it('keeps only the cells a rectangle holds, with their absolute columns and their formats', () => {
    const g = gridFromValues(
      'S',
      [
        ['月份', '', '活动'],
        [null, null, null],
        [45292, '元旦', null],
      ],
      {
        origin: { row: 4, col: 2 },
        formats: [
          ['General', 'General', '@'],
          [null, null, null],
          ['yyyy"年"m"月"', 'General', 'General'],
        ],
        merges: [{ top: 6, left: 2, bottom: 7, right: 2 }],
      },
    );
    expect(g).toEqual({
      sheetName: 'S',
      rows: [
        { row: 4, cols: [2, 4], values: ['月份', '活动'], formats: [undefined, '@'] },
        { row: 6, cols: [2, 3], values: [45292, '元旦'], formats: ['yyyy"年"m"月"', undefined] },
      ],
      merges: [{ top: 6, left: 2, bottom: 7, right: 2 }],
    });
  });

  it('gives an empty grid for no values, and keeps merges null when the host could not say', () => {
    expect(gridFromValues('S', [[null], []], { merges: null })).toEqual({ sheetName: 'S', rows: [], merges: null });
  });
});
