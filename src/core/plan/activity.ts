import type { Field } from '../sheet/header/header-match';

export type StatusKind = 'done' | 'in_progress' | 'not_done' | 'cancelled' | 'other';

export type Timing = 'months' | 'every_month' | 'year_long' | 'undecided' | 'none';

/** One row of the schedule: one activity. */
export interface Activity {
  /** 1-based sheet row. */
  readonly row: number;
  /** The activity text with typed numbering (1、 ① （3）) removed. */
  readonly text: string;
  /** The month cell as the user wrote it (display text), '' when blank. */
  readonly monthText: string;
  readonly timing: Timing;
  /** Calendar months of the period this activity falls in, in period order. */
  readonly months: readonly number[];
  readonly group: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly statusKind: StatusKind | null;
  readonly notes: string | null;
  /** A1 addresses of the cells this activity was read from. */
  readonly cells: Readonly<Partial<Record<Field, string>>>;
}
