import type { CellValue, Grid, GridRow } from './grid';

/** Where column `col` sits in a row's `cols`, or -1: a binary search, as a row may hold thousands of cells. */
export function cellIndex(row: GridRow, col: number): number {
  const cols = row.cols;
  let lo = 0;
  let hi = cols.length - 1;
  // Most rows are short and read left to right: a straight look is cheaper there.
  if (hi < 8) {
    for (let i = 0; i <= hi; i++) {
      const at = cols[i];
      if (at === col) return i;
      if (at === undefined || at > col) return -1;
    }
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = cols[mid];
    if (at === col) return mid;
    if (at !== undefined && at < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The value in column `col` of a row, null when the row has no such cell. */
export function cellIn(row: GridRow | undefined, col: number): CellValue {
  if (row === undefined) return null;
  const i = cellIndex(row, col);
  return i < 0 ? null : (row.values[i] ?? null);
}

/** The number format in column `col` of a row; undefined means General. */
export function formatIn(row: GridRow | undefined, col: number): string | undefined {
  if (row === undefined || row.formats === undefined) return undefined;
  const i = cellIndex(row, col);
  return i < 0 ? undefined : row.formats[i];
}

/** A function giving the row with an absolute index, or undefined for a row with no cells. */
export function rowLookup(grid: Grid): (row: number) => GridRow | undefined {
  const byIndex = new Map<number, GridRow>();
  for (const row of grid.rows) byIndex.set(row.row, row);
  return (row) => byIndex.get(row);
}

/** The last row index and the last column index that hold a cell; -1 for an empty grid. */
export function gridExtent(grid: Grid): { readonly lastRow: number; readonly firstCol: number; readonly lastCol: number } {
  let firstCol = Number.MAX_SAFE_INTEGER;
  let lastCol = -1;
  for (const row of grid.rows) {
    const first = row.cols[0];
    const last = row.cols[row.cols.length - 1];
    if (first === undefined || last === undefined) continue;
    if (first < firstCol) firstCol = first;
    if (last > lastCol) lastCol = last;
  }
  const last = grid.rows[grid.rows.length - 1];
  return { lastRow: last ? last.row : -1, firstCol: lastCol < 0 ? -1 : firstCol, lastCol };
}
