import { normalizeHeader } from '../header/normalize-header';
import { parseMonth } from '../month/parse-month';
import type { ColumnMatch, Field, MatrixColumn } from '../header/header-match';
import type { Grid } from '../grid';
import { cellText, isBlank } from '../cell-text';
import { MIN_MONTHS, type MatrixHeader } from './find-months-across';
import { cellIn } from '../grid-cells';
import { EXACT, guessField } from '../header/match-header-row';

/** How many rows below a header are read to see whether months run down its first column. */
const REACH = 200;

/** Headers that describe a list's activity, never a task group: a sheet with one is a list. */
const LIST_ONLY =
  /^(?:序号|编号|地点|地址|场地|参加(?:人员|对象|人数|范围)|参与(?:人员|对象)|对象|人数|经费|预算|费用|形式|方式|要求|目标|措施|时间|日期|周次|星期)$/;

/** Headers of a column that sums up the others: not a task group. */
const TOTALS = /^(?:合计|小计|总计|total|sum)$/;

/**
 * A transposed matrix: months down the first column (the month column when the corner says 月份,
 * else the leftmost column), task groups across the header. It is one only when at least six
 * different months, each written once, fill that column in every row below the header (a list
 * whose month cells are merged or left blank under a month leaves rows without one), and when at
 * least two header cells name task groups. A header with an activity column by its exact name
 * (活动内容, 工作内容…) or a column that only a list has (地点, 参加人员…) is a list.
 */
export function findMonthsDown(grid: Grid, index: number, list: Partial<Record<Field, ColumnMatch>>): MatrixHeader | null {
  const header = grid.rows[index];
  if (header === undefined) return null;
  const activity = list.activity;
  if (activity && guessField(activity.header)!.score >= EXACT) return null;
  const monthCol = list.month?.col ?? leftmostBelow(grid, index);
  if (monthCol < 0 || !monthsRunDown(grid, index, monthCol)) return null;
  const columns: Partial<Record<Field, ColumnMatch>> = {
    month: { field: 'month', col: monthCol, header: cellText(cellIn(header, monthCol)) },
  };
  const matrix: MatrixColumn[] = [];
  for (const [i, col] of header.cols.entries()) {
    const text = cellText(header.values[i]);
    const key = normalizeHeader(text);
    if (col <= monthCol || key === '' || TOTALS.test(key)) continue;
    if (LIST_ONLY.test(key) || parseMonth(text).kind === 'months') return null;
    const guess = guessField(text);
    if (guess && guess.field !== 'activity' && guess.field !== 'group') {
      if (!columns[guess.field]) columns[guess.field] = { field: guess.field, col, header: text };
      continue;
    }
    matrix.push({ col, header: text });
  }
  return matrix.length >= 2 ? { matrix, columns } : null;
}

function leftmostBelow(grid: Grid, index: number): number {
  let left = -1;
  for (let j = index + 1; j < grid.rows.length && j <= index + REACH; j++) {
    const col = grid.rows[j]?.cols[0];
    if (col !== undefined && (left < 0 || col < left)) left = col;
  }
  return left;
}

/** Whether the rows below hold one month each in `col`, every month once, six or more of them. */
function monthsRunDown(grid: Grid, index: number, col: number): boolean {
  const seen = new Set<number>();
  for (let j = index + 1; j < grid.rows.length && j <= index + REACH && seen.size < 12; j++) {
    const below = grid.rows[j];
    const value = cellIn(below, col);
    if (isBlank(value) && below !== undefined && isCovered(grid, below.row, col)) continue;
    if (isBlank(value)) return seen.size >= MIN_MONTHS;
    if (typeof value !== 'string') return false;
    const reading = parseMonth(value);
    const only = reading.kind === 'months' && reading.months.length === 1 ? reading.months[0] : undefined;
    if (only === undefined) return seen.size >= MIN_MONTHS;
    const month = only.month;
    if (seen.has(month)) return false;
    seen.add(month);
  }
  return seen.size >= MIN_MONTHS;
}

/** Whether a cell lies under the top row of a merged area (a month merged down over two rows). */
function isCovered(grid: Grid, row: number, col: number): boolean {
  return (grid.merges ?? []).some((m) => m.top < row && m.bottom >= row && m.left <= col && m.right >= col);
}
