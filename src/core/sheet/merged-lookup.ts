import type { Grid } from './grid';
import { gridExtent } from './grid-cells';

const COLS = 16384;

/**
 * A function that gives, for an absolute cell, the absolute cell whose value
 * shows there: the top-left cell of its merged area, or the cell itself.
 * The object it returns may be reused by the next call: read it at once.
 */
export function mergedLookup(grid: Grid): (row: number, col: number) => { row: number; col: number } {
  const sources = new Map<number, number>();
  // Clipped to the grid: a merge may reach far beyond the used range (a whole column merged).
  const { lastRow, lastCol } = gridExtent(grid);
  for (const m of grid.merges ?? []) {
    if (m.top > lastRow || m.left > lastCol) continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      for (let c = m.left; c <= Math.min(m.right, lastCol); c++) {
        if (r !== m.top || c !== m.left) sources.set(r * COLS + c, m.top * COLS + m.left);
      }
    }
  }
  const self = { row: 0, col: 0 };
  if (sources.size === 0) {
    // No merges: every cell shows its own value (the common case, kept free of allocations).
    return (row, col) => {
      self.row = row;
      self.col = col;
      return self;
    };
  }
  // One object for every answer, as above: a list reads six cells a row, and a fresh object for each
  // would be garbage by the next call.
  return (row, col) => {
    const key = sources.get(row * COLS + col);
    self.row = key === undefined ? row : Math.floor(key / COLS);
    self.col = key === undefined ? col : key % COLS;
    return self;
  };
}
