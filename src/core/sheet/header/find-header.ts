import { cellText } from '../cell-text';
import { findMonthsAcross, type MatrixHeader } from '../layouts/find-months-across';
import { findMonthsDown } from '../layouts/find-months-down';
import { cellIn, gridExtent } from '../grid-cells';
import { holdsNumbersOnly } from '../layouts/holds-numbers-only';
import { matchRow } from './match-header-row';
import { fromA1 } from '../to-a1';
import { FIELDS, type ColumnMatch, type Field, type HeaderMatch, type Layout } from './header-match';
import type { Grid, GridRow } from '../grid';

export { HEADER_NAMES } from './header-names';

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 30;

export interface FindHeaderOptions {
  /** Column overrides: field → column letters ("B"), applied to the detected header row. */
  readonly columns?: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The header row of a schedule and the layout it starts: the first row (within the first 30)
 * that is one of
 * - a months-across header (`months_across`): six or more cells name months (一月…十二月,
 *   1月…12月, January…), task groups in the column to their left (see `findMonthsAcross`);
 * - a transposed matrix (`months_down`): months down the first column, task groups across
 *   (see `findMonthsDown`);
 * - a list (`list`): a month column and an activity column recognised by their names.
 *
 * A row of months is a months-across header even when a cell beside it says 项目 or 内容, which
 * would otherwise name an activity column. Overriding the month or the activity column asks for
 * a list. Rows above the header are the title. Null when no row is a header.
 *
 * @example
 * findHeader(grid)
 * //=> { layout: 'list', row: 1, columns: { month: { field: 'month', col: 0, header: '月份' }, … }, title: '2023年学校工会主要活动安排表' }
 */
export function findHeader(grid: Grid, options: FindHeaderOptions = {}): HeaderMatch | null {
  const rows = grid.rows;
  const first = rows[0];
  if (first === undefined) return null;
  const overrides = options.columns ?? {};
  // Overriding the month or the activity column says the sheet is a list.
  const listOnly = Boolean(overrides.month || overrides.activity);
  const limit = first.row + HEADER_SEARCH_ROWS;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || row.row >= limit) break;
    const across = listOnly ? null : findMonthsAcross(grid, row, (col) => headerText(grid, row, col));
    // Months across over numbers only is a budget or a count by month, not a schedule of any layout.
    if (across && holdsNumbersOnly(grid, i, across.matrix)) continue;
    if (across) return matrixHeader(grid, i, row, 'months_across', across, overrides);
    const columns = matchRow(row);
    applyOverrides(columns, row, overrides);
    const down = listOnly || row.cols.length < 2 ? null : findMonthsDown(grid, i, columns);
    if (down && !holdsNumbersOnly(grid, i, down.matrix)) return matrixHeader(grid, i, row, 'months_down', down, overrides);
    if (columns.month && columns.activity) return listHeader(grid, i, row, columns);
  }
  return null;
}

function listHeader(grid: Grid, index: number, header: GridRow, columns: Partial<Record<Field, ColumnMatch>>): HeaderMatch {
  const rows = grid.rows;
  const row = header.row;
  const lastRow = headerBottom(grid, row);
  for (let j = index + 1; j < rows.length; j++) {
    const below = rows[j];
    if (below === undefined || below.row > lastRow) break;
    for (const [field, match] of Object.entries(matchRow(below))) {
      const taken = Object.values(columns).some((c) => c.col === match.col);
      if (!columns[field as Field] && !taken) columns[field as Field] = match;
    }
  }
  return { layout: 'list', row, ...(lastRow > row ? { lastRow } : {}), columns, title: titleAbove(grid, index) };
}

function matrixHeader(grid: Grid, index: number, header: GridRow, layout: Layout, found: MatrixHeader, overrides: Overrides): HeaderMatch {
  const row = header.row;
  const lastRow = headerBottom(grid, row);
  const columns = { ...found.columns };
  applyOverrides(columns, header, overrides);
  return { layout, row, ...(lastRow > row ? { lastRow } : {}), columns, title: titleAbove(grid, index), matrix: found.matrix };
}

/** A header cell's text, or that of the merged cell above it that covers it. */
function headerText(grid: Grid, row: GridRow, col: number): string {
  const own = cellText(cellIn(row, col));
  if (own !== '' || !grid.merges) return own;
  const merge = grid.merges.find((m) => m.top < row.row && m.bottom >= row.row && m.left <= col && m.right >= col);
  if (!merge) return '';
  const top = grid.rows.find((r) => r.row === merge.top);
  return cellText(cellIn(top, merge.left));
}

/**
 * The last row of a header whose cells are merged down over a second (or
 * third) row, as in a two-row header with 负责 over 负责人 | 完成情况.
 */
function headerBottom(grid: Grid, row: number): number {
  let bottom = row;
  for (const m of grid.merges ?? []) {
    if (m.top === row && m.bottom > bottom && m.bottom <= row + 2) bottom = m.bottom;
  }
  return Math.min(bottom, gridExtent(grid).lastRow);
}

type Overrides = NonNullable<FindHeaderOptions['columns']>;

function applyOverrides(columns: Partial<Record<Field, ColumnMatch>>, row: GridRow, overrides: Overrides): void {
  for (const field of FIELDS) {
    const letters = overrides[field];
    if (!letters) continue;
    const at = fromA1(`${letters}1`);
    if (!at) continue;
    for (const other of FIELDS) {
      if (other !== field && columns[other]?.col === at.col) delete columns[other];
    }
    columns[field] = { field, col: at.col, header: cellText(cellIn(row, at.col)) };
  }
}

/** The text above the header, leaving out rows merged down into it (the top of a two-row header). */
function titleAbove(grid: Grid, headerIndex: number): string | null {
  const rows = grid.rows;
  const header = rows[headerIndex]?.row ?? 0;
  const parts: string[] = [];
  for (const above of rows.slice(0, headerIndex)) {
    const top = above.row;
    if (grid.merges?.some((m) => m.top === top && m.bottom >= header)) continue;
    for (const value of above.values) {
      const text = cellText(value);
      if (text) parts.push(text);
    }
  }
  return parts.length ? parts.join(' ') : null;
}
