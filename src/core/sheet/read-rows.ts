import { readList } from './layouts/read-list';
import { readMonthsAcross } from './layouts/read-months-across';
import { readMonthsDown } from './layouts/read-months-down';
import type { Field, HeaderMatch } from './header/header-match';
import type { Grid } from './grid';
import type { Issue } from '../issues/issue';
import type { MonthReading } from './month/month-reading';
import type { StatusKind } from '../plan/activity';

/** One schedule row as read, before the plan period is applied: one activity, whatever the layout. */
export interface ScheduleRow {
  /** 1-based sheet row of the activity's cell. */
  readonly row: number;
  readonly text: string;
  /** The month as the user wrote it: the month cell, or the header of a matrix's month column. */
  readonly monthText: string;
  readonly reading: MonthReading;
  readonly group: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly statusKind: StatusKind | null;
  readonly notes: string | null;
  readonly cells: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The activities below a header, read the way its layout lays them out: a list row by row
 * (`readList`), a months-across matrix cell by cell (`readMonthsAcross`), a transposed one
 * column by column (`readMonthsDown`). Whatever the layout, the result is the same kind of rows,
 * so that nothing after this step knows which layout it was; every problem is an issue at its cell.
 *
 * @example
 * readRows(grid, findHeader(grid)!).rows.map((r) => [r.monthText, r.text])
 * //=> [['一月', '元旦活动'], ['三月', '三八节活动']]
 */
export function readRows(grid: Grid, header: HeaderMatch): { rows: ScheduleRow[]; issues: Issue[] } {
  switch (header.layout) {
    case 'months_across':
      return readMonthsAcross(grid, header);
    case 'months_down':
      return readMonthsDown(grid, header);
    default:
      return readList(grid, header);
  }
}
