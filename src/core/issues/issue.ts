import type { FestivalDate, FestivalKey } from '../plan/festival';

export type Severity = 'error' | 'warning';

/** What every issue has: where it is, and how bad. `cell` is the A1 address in the source sheet, or null for the sheet. */
interface IssueBase {
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string | null;
}

/** An issue whose code carries only where it is. */
interface Bare<C extends string> extends IssueBase {
  readonly code: C;
}

/** An issue about a cell's text: `value` is the text as the user typed it. */
interface About<C extends string> extends Bare<C> {
  readonly value: string;
}

/** No header found: `expected` holds the header names looked for, three month names then three activity names. */
export interface NotAScheduleIssue extends Bare<'not_a_schedule'> {
  readonly expected: readonly string[];
}

/** A month of another year than the plan's. */
export interface MonthOutsidePeriodIssue extends About<'month_outside_period'> {
  readonly year: number;
}

/** Blank month cells that take the month above them: from `cell` to `lastCell` when there are several. */
export interface MonthFilledFromAboveIssue extends About<'month_filled_from_above'> {
  readonly cell: string;
  readonly lastCell?: string;
}

/** A row repeating an earlier one; `firstRow` is the 1-based sheet row of the first copy. */
export interface DuplicateRowIssue extends About<'duplicate_row'> {
  readonly firstRow: number;
}

/** A column of formulas with no saved results: `column` its letters, `value` its header text. */
export interface FormulaColumnIssue extends About<'formula_column_not_calculated'> {
  readonly column: string;
}

/** An activity naming a festival in months where it cannot fall. */
export interface FestivalWrongMonthIssue extends About<'festival_wrong_month'> {
  readonly festival: FestivalKey;
  readonly months: readonly number[];
  readonly festivalDate: FestivalDate;
}

/** An activity naming a festival with no month yet: when the festival falls. */
export interface FestivalSuggestionIssue extends About<'festival_month_suggestion'> {
  readonly festival: FestivalKey;
  readonly festivalDate: FestivalDate;
}

/**
 * A problem found in a sheet, as data (words come from `formatIssue`). Each code is its own type
 * carrying exactly the data its message needs, so that no message can print a field its code
 * did not promise (after zod's `$ZodIssue`).
 */
export type Issue =
  | NotAScheduleIssue
  | Bare<'merge_info_unavailable'>
  | About<'month_unknown'>
  | About<'month_out_of_range'>
  | About<'month_error_value'>
  | About<'month_undecided'>
  | About<'month_lunar'>
  | MonthOutsidePeriodIssue
  | About<'month_missing'>
  | MonthFilledFromAboveIssue
  | About<'activity_missing'>
  | DuplicateRowIssue
  | Bare<'formula_not_calculated'>
  | FormulaColumnIssue
  | FestivalWrongMonthIssue
  | FestivalSuggestionIssue;

export type IssueCode = Issue['code'];

/** The issue of one code. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { readonly code: C }>;
