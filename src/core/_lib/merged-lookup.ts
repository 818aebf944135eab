import type { Grid } from '../types';

const COLS = 16384;

/**
 * A function that gives, for an absolute cell, the absolute cell whose value
 * shows there: the top-left cell of its merged area, or the cell itself.
 */
export function mergedLookup(grid: Grid): (row: number, col: number) => { row: number; col: number } {
  const sources = new Map<number, number>();
  for (const m of grid.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) sources.set(r * COLS + c, m.top * COLS + m.left);
      }
    }
  }
  return (row, col) => {
    const key = sources.get(row * COLS + col);
    return key === undefined ? { row, col } : { row: Math.floor(key / COLS), col: key % COLS };
  };
}
