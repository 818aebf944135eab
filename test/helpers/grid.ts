import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import { fromA1 } from '../../src/core/sheet/to-a1';
import type { CellValue, Grid, MergedArea } from '../../src/core/sheet/grid';

/**
 * A grid for core tests: rows from A1 (or `start`), merges as A1 ranges
 * ('B3:B5'), formats by address. `merges: null` stands for a host that cannot say.
 */
export function grid(
  rows: readonly (readonly CellValue[])[],
  options: { sheet?: string; start?: string; merges?: readonly string[] | null; formats?: Readonly<Record<string, string>> } = {},
): Grid {
  const origin = options.start ? fromA1(options.start)! : { row: 0, col: 0 };
  const width = Math.max(0, ...rows.map((r) => r.length));
  let formats: string[][] | undefined;
  if (options.formats) {
    formats = rows.map(() => Array.from({ length: width }, () => 'General'));
    for (const [address, format] of Object.entries(options.formats)) {
      const at = fromA1(address)!;
      formats[at.row - origin.row][at.col - origin.col] = format;
    }
  }
  const merges: MergedArea[] | null =
    options.merges === null
      ? null
      : (options.merges ?? []).map((range) => {
          const [a, b] = range.split(':').map((x) => fromA1(x)!);
          return { top: a.row, left: a.col, bottom: b.row, right: b.col };
        });
  return gridFromValues(options.sheet ?? '活动安排', rows, { origin, formats, merges });
}

/**
 * A grid as the rectangle around its cells, the way a test states what a sheet holds:
 * `origin` is the top-left cell, blanks are null and formats "General".
 */
export function rectangle(g: Grid): {
  origin: { row: number; col: number };
  values: CellValue[][];
  formats: string[][];
} {
  if (g.rows.length === 0) return { origin: { row: 0, col: 0 }, values: [], formats: [] };
  const top = g.rows[0].row;
  const left = Math.min(...g.rows.map((r) => r.cols[0]));
  const right = Math.max(...g.rows.map((r) => r.cols[r.cols.length - 1]));
  const height = g.rows[g.rows.length - 1].row - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => Array.from({ length: right - left + 1 }, () => null));
  const formats: string[][] = values.map((r) => r.map(() => 'General'));
  for (const row of g.rows) {
    row.cols.forEach((col, i) => {
      values[row.row - top][col - left] = row.values[i];
      formats[row.row - top][col - left] = row.formats?.[i] ?? 'General';
    });
  }
  return { origin: { row: top, col: left }, values, formats };
}
