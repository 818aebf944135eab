/** An Excel error value such as `#N/A`, as an adapter found it in a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * A formula whose result was never saved: a file written by a program (openpyxl, a reporting
 * system) that did not calculate it. What Excel would show is unknown until the file is opened
 * and saved in Excel or WPS; `formula` is its text, for messages.
 */
export interface CellFormula {
  readonly formula: string;
}

/**
 * One cell's value as core sees it. Dates are Excel serial numbers (1900 date
 * system) with a date number format beside them; adapters that get `Date`
 * objects convert them with `dateToSerial`.
 */
export type CellValue = string | number | boolean | null | CellError | CellFormula;

/** A merged area, as zero-based absolute row/column indexes (inclusive). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One row of a worksheet that holds at least one cell. Columns are absolute and zero-based
 * (A is 0), in ascending order, and `values[i]` is the cell in column `cols[i]`: a row keeps
 * only the cells it has, so a stray value in column XFD costs one entry, not 16,384.
 */
export interface GridRow {
  /** Absolute zero-based row index (row 1 is 0). */
  readonly row: number;
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
  /** Number formats beside `values`; missing, or an entry missing, means "General". */
  readonly formats?: readonly (string | undefined)[];
}

/**
 * A worksheet as core reads it: its non-empty rows in ascending order, and its merged areas.
 * Sparse by construction: memory follows the cells, never the rectangle around them, so a sheet
 * whose one stray value sits at XFD1048576 costs what its real rows cost. Build one from a
 * rectangle of values with `gridFromValues`.
 */
export interface Grid {
  readonly sheetName: string;
  readonly rows: readonly GridRow[];
  /** Merged areas in absolute coordinates; `null` when the host could not say. */
  readonly merges: readonly MergedArea[] | null;
}
