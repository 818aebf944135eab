import { fromA1 } from '../../src/core/to-a1';
import type { CellValue, Grid, MergedArea } from '../../src/core/types';

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
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  let formats: string[][] | undefined;
  if (options.formats) {
    formats = values.map((r) => r.map(() => 'General'));
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
  return { sheetName: options.sheet ?? '活动安排', origin, values, formats, merges };
}
