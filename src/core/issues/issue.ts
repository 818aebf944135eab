import type { FestivalDate, FestivalKey } from '../plan/festival';

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'not_a_schedule'
  | 'merge_info_unavailable'
  | 'month_unknown'
  | 'month_out_of_range'
  | 'month_error_value'
  | 'month_undecided'
  | 'month_lunar'
  | 'month_outside_period'
  | 'month_missing'
  | 'month_filled_from_above'
  | 'activity_missing'
  | 'duplicate_row'
  | 'formula_not_calculated'
  | 'formula_column_not_calculated'
  | 'festival_wrong_month'
  | 'festival_month_suggestion';

/**
 * A problem found in a sheet, as data (words come from `formatIssue`).
 * `cell` is the A1 address in the source sheet, or null for sheet-level issues.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string | null;
  /** The offending text as the user typed it (for month and row issues). */
  readonly value?: string;
  /** What was looked for (header names for `not_a_schedule`). */
  readonly expected?: readonly string[];
  /** The year found, for `month_outside_period`. */
  readonly year?: number;
  /** The 1-based sheet row of the first copy, for `duplicate_row`. */
  readonly firstRow?: number;
  /** The last blank month cell of a block, for `month_filled_from_above` (its first is `cell`). */
  readonly lastCell?: string;
  /** Column letters, for `formula_column_not_calculated`. */
  readonly column?: string;
  /** The festival an activity names, for `festival_*`. */
  readonly festival?: FestivalKey;
  /** The months an activity is scheduled in, for `festival_wrong_month`. */
  readonly months?: readonly number[];
  /** When the festival falls, for `festival_*`. */
  readonly festivalDate?: FestivalDate;
}
