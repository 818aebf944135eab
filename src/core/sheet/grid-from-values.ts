import type { CellValue, Grid, GridRow, MergedArea } from './grid';

export interface GridFromValuesOptions {
  /** The absolute zero-based cell of `values[0][0]`; A1 by default. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Number formats, the same shape as `values`; "General" and missing entries are left out. */
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  /** Merged areas in absolute coordinates; `null` when the host could not say. Defaults to none. */
  readonly merges?: readonly MergedArea[] | null;
}

/**
 * A grid from a rectangle of values, as a host such as Excel hands over a used range:
 * empty cells (null, '') and rows with no cell are left out, so the grid keeps only what
 * the sheet holds.
 *
 * @example
 * gridFromValues('活动安排', [['月份', '活动'], [null, null], ['1月', '元旦']], { origin: { row: 1, col: 0 } }).rows.map((r) => r.row)
 * //=> [1, 3]
 */
export function gridFromValues(sheetName: string, values: readonly (readonly CellValue[])[], options: GridFromValuesOptions = {}): Grid {
  const top = options.origin?.row ?? 0;
  const left = options.origin?.col ?? 0;
  const rows: GridRow[] = [];
  for (let r = 0; r < values.length; r++) {
    const source = values[r] ?? [];
    const formatRow = options.formats?.[r];
    const cols: number[] = [];
    const cells: CellValue[] = [];
    const formats: (string | undefined)[] = [];
    let anyFormat = false;
    for (let c = 0; c < source.length; c++) {
      const value = source[c];
      if (value === null || value === undefined || value === '') continue;
      cols.push(left + c);
      cells.push(value);
      const format = formatRow?.[c];
      const kept = format && format !== 'General' ? format : undefined;
      if (kept) anyFormat = true;
      formats.push(kept);
    }
    if (cols.length === 0) continue;
    rows.push(anyFormat ? { row: top + r, cols, values: cells, formats } : { row: top + r, cols, values: cells });
  }
  return { sheetName, rows, merges: options.merges === undefined ? [] : options.merges };
}
