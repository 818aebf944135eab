import { monthName } from './month-name';
import type { FestivalKey } from '../plan/festival';
import type { FestivalSuggestionIssue, FestivalWrongMonthIssue } from '../issues/issue';
import type { IssueMessages } from './issue-messages';

/** English words for every issue code. */
export const en: IssueMessages = {
  not_a_schedule: (i) =>
    `Sheet "${i.sheet}" is not a schedule: no row in its first 30 names both a month column and an activity column ` +
    `(month such as ${list(i.expected.slice(0, 3))}; activity such as ${list(i.expected.slice(3))}), ` +
    'and none names six months or more (January, February…).',
  merge_info_unavailable: () =>
    'This version of Excel cannot report merged cells (ExcelApi 1.13 is needed): ' +
    'blank month cells count for the month above them; please check.',
  month_unknown: (i) => `Unrecognised month "${i.value}": write it like "3月", "三月", "March", "3-4月" or as a date.`,
  month_out_of_range: (i) => `There is no month "${i.value}": months run from 1 to 12.`,
  month_error_value: (i) => `The month cell holds the error value ${i.value}; check its formula.`,
  month_undecided: (i) => `The month "${i.value}" is not decided yet; the activity counts for no month.`,
  month_lunar: (i) => `"${i.value}" is a lunar month, which cannot be converted automatically; write the calendar month instead.`,
  month_outside_period: (i) => `The month "${i.value}" is in ${i.year}, outside the plan period; it is not counted.`,
  month_missing: () => 'This activity has no month; it counts for no month.',
  month_filled_from_above: (i) => `${i.cell}${i.lastCell ? `–${i.lastCell}` : ''}: the month is blank; counted as "${i.value}" from above.`,
  activity_missing: (i) => `This row has a month ("${i.value}") but no activity; it was skipped.`,
  duplicate_row: (i) => `Repeats row ${i.firstRow} ("${i.value}"); counted once.`,
  formula_not_calculated: () =>
    'This cell is a formula, but the file holds no saved result for it: open the file in Excel or WPS and save it once.',
  formula_column_not_calculated: (i) =>
    `Column ${i.column}${i.value ? ` ("${i.value}")` : ''} holds only formulas, but the file holds no saved results for them: ` +
    'open the file in Excel or WPS and save it once.',
  festival_wrong_month: (i) => `"${i.value}" is scheduled in ${i.months.map((m) => monthName(m, 'en')).join(', ')}, but ${when(i)}.`,
  festival_month_suggestion: (i) =>
    `"${i.value}" could be scheduled in ${monthName(i.festivalDate.month, 'en')}${i.festivalDate.year !== null ? ` (${when(i)})` : ''}.`,
};

const FESTIVAL_NAMES: Readonly<Record<FestivalKey, string>> = {
  new_year: "New Year's Day",
  womens_day: "Women's Day",
  arbor_day: 'Arbor Day',
  qingming: 'the Qingming Festival',
  reading_day: 'World Book Day',
  labour_day: 'Labour Day',
  youth_day: 'Youth Day',
  nurses_day: "Nurses' Day",
  mothers_day: "Mother's Day",
  childrens_day: "Children's Day",
  fathers_day: "Father's Day",
  party_day: 'the Party founding day',
  army_day: 'Army Day',
  doctors_day: "Doctors' Day",
  teachers_day: "Teachers' Day",
  national_day: 'National Day',
  winter_solstice: 'the winter solstice',
  spring_festival: 'the Spring Festival',
  lantern_festival: 'the Lantern Festival',
  dragon_boat: 'the Dragon Boat Festival',
  qixi: 'the Qixi Festival',
  mid_autumn: 'the Mid-Autumn Festival',
  double_ninth: 'the Double Ninth Festival',
};

/** When the festival is: "Women's Day is in March", or for a lunar one "the Mid-Autumn Festival falls on 6 October 2025". */
function when(i: FestivalWrongMonthIssue | FestivalSuggestionIssue): string {
  const name = FESTIVAL_NAMES[i.festival];
  const date = i.festivalDate;
  const month = monthName(date.month, 'en');
  return date.year === null ? `${name} is in ${month}` : `${name} falls on ${date.day} ${month} ${date.year}`;
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
