import { mergeTileCount, mergeTiles } from '../../src/excel/merge-tiles';

describe('mergeTiles', () => {
  it('cuts a schedule into whole-width bands of 170 rows', () => {
    expect(mergeTiles({ row: 1, col: 0, rows: 300, cols: 5 })).toEqual([
      { row: 1, col: 0, rows: 170, cols: 5 },
      { row: 171, col: 0, rows: 130, cols: 5 },
    ]);
  });

  it('cuts a range wider than 512 columns into single-row strips', () => {
    expect(mergeTiles({ row: 0, col: 2, rows: 2, cols: 600 })).toEqual([
      { row: 0, col: 2, rows: 1, cols: 512 },
      { row: 0, col: 514, rows: 1, cols: 88 },
      { row: 1, col: 2, rows: 1, cols: 512 },
      { row: 1, col: 514, rows: 1, cols: 88 },
    ]);
  });

  it('gives every width the tallest tile that cannot hold more than 512 merged areas', () => {
    // At most (h·w + h + w − 1) / 2 areas start in an h × w tile (see mergeTiles).
    const most = (h: number, w: number): number => Math.floor((h * w + h + w - 1) / 2);
    const wrong: number[] = [];
    for (let w = 1; w <= 2000; w++) {
      const [tile] = mergeTiles({ row: 0, col: 0, rows: 600, cols: w });
      const tight = most(tile.rows, tile.cols) <= 512 && (tile.rows === 1 || most(tile.rows + 1, tile.cols) > 512);
      if (!tight) wrong.push(w);
    }
    expect(wrong).toEqual([]);
  });

  it('counts its tiles without making them, and covers the range exactly once', () => {
    const range = { row: 3, col: 1, rows: 1000, cols: 37 };
    const tiles = mergeTiles(range);
    const cells = tiles.reduce((n, t) => n + t.rows * t.cols, 0);
    expect([mergeTileCount(range), cells]).toEqual([tiles.length, 37_000]);
  });
});
