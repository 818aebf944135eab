import { fromA1 } from '../core/sheet/to-a1';
import type { Rect } from './merge-tiles';

/** A selection larger than this is checked at its top-left cell only: a drop-down pick changes one cell. */
export const MAX_CHECKED_CELLS = 256;

/**
 * The cells of a selection, from the address onSelectionChanged gives ("E3", "B2:D9", "C:C",
 * "3:5", several areas joined by commas), worth looking at for a value picked from a drop-down:
 * a small area whole, a larger one (a whole column, say) by its top-left cell, where the active
 * cell is after a click on a header. Anything unreadable gives nothing.
 *
 * @example
 * selectionCells('E3') //=> [{ row: 2, col: 4, rows: 1, cols: 1 }]
 * selectionCells('B2:C3,E:E') //=> [{ row: 1, col: 1, rows: 2, cols: 2 }, { row: 0, col: 4, rows: 1, cols: 1 }]
 */
export function selectionCells(address: string): Rect[] {
  const rects: Rect[] = [];
  for (const area of address.split(',')) {
    const rect = parseArea(area.replace(/^.*!/, '').trim());
    if (!rect) continue;
    rects.push(rect.rows * rect.cols > MAX_CHECKED_CELLS ? { row: rect.row, col: rect.col, rows: 1, cols: 1 } : rect);
  }
  return rects;
}

function parseArea(area: string): Rect | null {
  const [a, b = a] = area.split(':');
  const columns = /^\$?[A-Za-z]{1,3}$/;
  const rows = /^\$?\d{1,7}$/;
  if (columns.test(a) && columns.test(b)) return corners(fromA1(`${a}1`), fromA1(`${b}1`), true, false);
  if (rows.test(a) && rows.test(b)) return corners(fromA1(`A${a.replace('$', '')}`), fromA1(`A${b.replace('$', '')}`), false, true);
  return corners(fromA1(a), fromA1(b), false, false);
}

/** The rectangle between two cells; a whole column or row counts as larger than any checked area. */
type Cell = { row: number; col: number } | null;

function corners(p: Cell, q: Cell, wholeColumns: boolean, wholeRows: boolean): Rect | null {
  if (!p || !q) return null;
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  const rows = wholeColumns ? Number.MAX_SAFE_INTEGER : Math.abs(p.row - q.row) + 1;
  const cols = wholeRows ? Number.MAX_SAFE_INTEGER : Math.abs(p.col - q.col) + 1;
  return { row, col, rows, cols };
}
