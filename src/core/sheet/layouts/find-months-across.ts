import { isDateFormat } from '../is-date-format';
import { parseMonth } from '../month/parse-month';
import type { ColumnMatch, Field, MatrixColumn } from '../header/header-match';
import type { Grid, GridRow } from '../grid';
import type { MonthReading } from '../month/month-reading';
import { cellText } from '../cell-text';
import { displayMonth } from '../display-month';
import { cellIn } from '../grid-cells';
import { guessField } from '../header/match-header-row';

/** At least this many different months in one header row make it a months-across header. */
export const MIN_MONTHS = 6;

/** Fields a matrix may have beside its months and its label column. */
const SIDE_FIELDS: ReadonlySet<Field> = new Set(['owner', 'status', 'notes']);

/** How far left of the first month the label column is looked for. */
const LABEL_REACH = 3;

export interface MatrixHeader {
  readonly matrix: readonly MatrixColumn[];
  readonly columns: Partial<Record<Field, ColumnMatch>>;
}

/**
 * A months-across header: a row in which at least six cells name different months of the year
 * (text, or a date under a date format; a bare number is a count, not a month). The month columns
 * run from the first month rightwards, with 全年 / 每月 / 7-8月 columns among or after them; the
 * label column (the task groups) is the nearest column left of the first month that is not a
 * 负责人 / 完成情况 / 备注 column, whatever its header says (工作类别, 项目, 内容, or nothing).
 * `headerText` gives the header text of a column through merges (a corner merged down over a
 * two-row header). Null when the row is no such header.
 */
export function findMonthsAcross(grid: Grid, row: GridRow, headerText: (col: number) => string): MatrixHeader | null {
  const timings: { col: number; header: string; single: number | null }[] = [];
  const months = new Set<number>();
  for (const [i, col] of row.cols.entries()) {
    const value = row.values[i] ?? null;
    const reading = headerTiming(value, row.formats?.[i]);
    if (reading === null) continue;
    const single = (reading.kind === 'months' && reading.months.length === 1 ? reading.months[0]?.month : null) ?? null;
    if (single !== null) months.add(single);
    timings.push({ col, header: displayMonth(value, row.formats?.[i]), single });
  }
  if (months.size < MIN_MONTHS) return null;
  const first = timings.find((t) => t.single !== null)!.col;
  // A 全年 or 每月 column left of the first month would be the label column's header read as a timing.
  const matrix = timings.filter((t) => t.col >= first).map(({ col, header }) => ({ col, header }));
  const columns: Partial<Record<Field, ColumnMatch>> = {};
  const inMatrix = new Set(matrix.map((m) => m.col));
  for (const [i, col] of row.cols.entries()) {
    if (col <= first || inMatrix.has(col)) continue;
    sideField(columns, col, cellText(row.values[i]));
  }
  const label = labelColumn(grid, row.row, first, headerText, columns);
  if (label) columns.group = label;
  return { matrix, columns };
}

/** What a header cell says as a month column: months, 每月 or 全年; null for anything else. */
function headerTiming(value: GridRow['values'][number], format: string | undefined): MonthReading | null {
  if (typeof value !== 'string' && !(typeof value === 'number' && isDateFormat(format))) return null;
  const reading = parseMonth(value, format);
  return reading.kind === 'months' || reading.kind === 'every_month' || reading.kind === 'year_long' ? reading : null;
}

function sideField(columns: Partial<Record<Field, ColumnMatch>>, col: number, header: string): boolean {
  const guess = guessField(header);
  if (!guess || !SIDE_FIELDS.has(guess.field)) return false;
  if (!columns[guess.field]) columns[guess.field] = { field: guess.field, col, header };
  return true;
}

function labelColumn(
  grid: Grid,
  headerRow: number,
  first: number,
  headerText: (col: number) => string,
  columns: Partial<Record<Field, ColumnMatch>>,
): ColumnMatch | null {
  for (let col = first - 1; col >= 0 && col >= first - LABEL_REACH; col--) {
    const header = headerText(col);
    if (header !== '' && sideField(columns, col, header)) continue;
    if (header !== '' || hasCellBelow(grid, headerRow, col)) return { field: 'group', col, header };
  }
  return null;
}

function hasCellBelow(grid: Grid, headerRow: number, col: number): boolean {
  for (const row of grid.rows) if (row.row > headerRow && cellIn(row, col) !== null) return true;
  return false;
}
