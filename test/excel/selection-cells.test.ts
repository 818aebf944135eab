import { selectionCells } from '../../src/excel/selection-cells';

describe('selectionCells', () => {
  it('reads the addresses onSelectionChanged gives, a large area by its top-left cell', () => {
    expect(
      ['E3', 'B2:C3', '$D$4', 'A1:Z100', 'C:C', 'B:D', '3:5', 'E3,G5:G6', "'活动 安排'!F7", '', '不是地址'].map(selectionCells),
    ).toEqual([
      [{ row: 2, col: 4, rows: 1, cols: 1 }],
      [{ row: 1, col: 1, rows: 2, cols: 2 }],
      [{ row: 3, col: 3, rows: 1, cols: 1 }],
      [{ row: 0, col: 0, rows: 1, cols: 1 }],
      [{ row: 0, col: 2, rows: 1, cols: 1 }],
      [{ row: 0, col: 1, rows: 1, cols: 1 }],
      [{ row: 2, col: 0, rows: 1, cols: 1 }],
      [
        { row: 2, col: 4, rows: 1, cols: 1 },
        { row: 4, col: 6, rows: 2, cols: 1 },
      ],
      [{ row: 6, col: 5, rows: 1, cols: 1 }],
      [],
      [],
    ]);
  });
});
