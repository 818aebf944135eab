import type { Issue, IssueCode } from '../types';

/** English words for every issue code. */
export const en: Readonly<Record<IssueCode, (issue: Issue) => string>> = {
  not_a_schedule: (i) =>
    `Sheet "${i.sheet}" is not a schedule: no row in its first 30 names both a month column and an activity column (month such as ${list(i.expected?.slice(0, 3))}; activity such as ${list(i.expected?.slice(3))}).`,
  merge_info_unavailable: () =>
    'This version of Excel cannot report merged cells (ExcelApi 1.13 is needed): blank month cells are treated as missing months.',
  month_unknown: (i) => `Unrecognised month "${i.value}": write it like "3月", "三月", "March", "3-4月" or as a date.`,
  month_out_of_range: (i) => `There is no month "${i.value}": months run from 1 to 12.`,
  month_error_value: (i) => `The month cell holds the error value ${i.value}; check its formula.`,
  month_undecided: (i) => `The month "${i.value}" is not decided yet; the activity counts for no month.`,
  month_lunar: (i) => `"${i.value}" is a lunar month, which cannot be converted automatically; write the calendar month instead.`,
  month_outside_period: (i) => `The month "${i.value}" is in ${i.year}, outside the plan period; it is not counted.`,
  month_missing: () => 'This activity has no month; it counts for no month.',
  activity_missing: (i) => `This row has a month ("${i.value}") but no activity; it was skipped.`,
  duplicate_row: (i) => `Repeats row ${i.firstRow} ("${i.value}"); counted once.`,
};

function list(names: readonly string[] | undefined): string {
  return (names ?? []).map((n) => `"${n}"`).join(', ');
}
