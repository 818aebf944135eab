import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDateFormat } from '../../../src/core/sheet/is-date-format';
import type { CellValue, Grid, MergedArea } from '../../../src/core/sheet/grid';
import type { WorkbookData } from '../../../src/core/ports/workbook-data';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'other-formats');

/** A fixture's bytes, as a Uint8Array (what the page hands over), never a Node Buffer. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export interface ComparableRow {
  readonly row: number;
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
  /** The columns whose number is a date (format strings differ between programs; their meaning must not). */
  readonly dates: readonly number[];
}

export interface ComparableGrid {
  readonly sheetName: string;
  readonly rows: readonly ComparableRow[];
  readonly merges: readonly MergedArea[] | null;
}

/**
 * A grid as two programs must agree on it: the same cells with the same values, the same
 * numbers read as dates, the same merged areas (in any order). How each program spells a date
 * format (yyyy"年"m"月", yyyy\年m\月, YYYY"年"M"月") is no difference.
 */
export function comparable(grid: Grid): ComparableGrid {
  return {
    sheetName: grid.sheetName,
    rows: grid.rows.map((r) => ({
      row: r.row,
      cols: r.cols,
      values: r.values,
      dates: r.cols.filter((_, i) => typeof r.values[i] === 'number' && isDateFormat(r.formats?.[i])),
    })),
    merges: grid.merges === null ? null : [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

/** A whole workbook as two programs must agree on it (its kind aside). */
export function comparableBook(data: WorkbookData): Omit<WorkbookData, 'kind' | 'sheets'> & { sheets: ComparableGrid[] } {
  return { sheets: data.sheets.map(comparable), settings: data.settings, sheetNames: data.sheetNames, sheetTables: data.sheetTables };
}

/** The grid with every cell a function maps, for the differences a format forces (a date shown as text). */
export function mapCells(grid: ComparableGrid, map: (value: CellValue, row: number, col: number) => CellValue): ComparableGrid {
  return {
    ...grid,
    rows: grid.rows.map((r) => {
      const values = r.values.map((v, i) => map(v, r.row, r.cols[i]));
      return { ...r, values, dates: r.dates.filter((c) => typeof values[r.cols.indexOf(c)] === 'number') };
    }),
  };
}
