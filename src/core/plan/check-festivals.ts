import { FESTIVALS, HONOURS, MAY_NAME_FESTIVAL, type Festival } from './festivals';
import { lunarFestivalDate } from './lunar-festival-dates';
import { isInPeriod } from './make-period';
import type { Activity } from './activity';
import type { FestivalDate } from './festival';
import type { FestivalSuggestionIssue, FestivalWrongMonthIssue, Issue } from '../issues/issue';
import type { Period } from './period';

type FestivalIssue = FestivalWrongMonthIssue | FestivalSuggestionIssue;

const DAY = 86_400_000;
/** A festival counts for the months that hold a day from 30 days before it… */
const BEFORE_DAYS = 30;
/** …to 15 days after it. */
const AFTER_DAYS = 15;
/** An item naming more festivals than this is about festivals in general ("利用三八、五一、国庆等节日…"). */
const MAX_NAMED = 2;

/**
 * Festivals in the wrong month: an activity whose text names a festival (see `FESTIVALS`) but is
 * scheduled in months where it cannot fall gets a warning at its cell ("“庆三八”安排在 5 月，三八
 * 妇女节在 3 月"); one with no month, or 待定, gets a suggestion ("“教师节慰问”可安排在 9 月").
 *
 * "The wrong month" is decided so that false alarms stay rare. A festival fits every month that
 * holds a day from 30 days before it to 15 days after it: preparations and visits come before
 * the day (春节 on 29 January is prepared in January, 国庆 in September, 元旦 in December), and
 * the season lasts a little after it (春节 until 元宵, 中秋 beside 国庆). Lunar festivals (春节, 元宵,
 * 端午, 七夕, 中秋, 重阳) move from year to year: they are checked, against the table of their dates
 * for 2000–2060, only when the plan's year is known. An item that names three festivals or more
 * is about festivals in general and is left alone, as are 每月 and 全年 items.
 *
 * @example
 * checkFestivals([activity({ text: '庆三八', months: [5], cells: { activity: 'B5' } })], makePeriod({ year: 2025 }), 'S')
 * //=> [{ code: 'festival_wrong_month', severity: 'warning', sheet: 'S', cell: 'B5', value: '庆三八',
 * //      festival: 'womens_day', months: [5], festivalDate: { year: null, month: 3, day: 8 } }]
 */
export function checkFestivals(activities: readonly Activity[], period: Period, sheet: string): Issue[] {
  const issues: Issue[] = [];
  for (const activity of activities) {
    if (!MAY_NAME_FESTIVAL.test(activity.text)) continue;
    const text = activity.text.replace(HONOURS, ' ');
    const named = FESTIVALS.filter((f) => f.pattern.test(text));
    if (named.length > MAX_NAMED) continue;
    for (const festival of named) {
      const issue = festivalIssue(activity, festival, period, sheet);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}

function festivalIssue(activity: Activity, festival: Festival, period: Period, sheet: string): FestivalIssue | null {
  const cell = activity.cells.activity ?? null;
  const base = { severity: 'warning', sheet, cell, value: activity.text, festival: festival.key } as const;
  const unscheduled = activity.timing === 'undecided' || (activity.timing === 'none' && activity.monthText === '');
  if (unscheduled) {
    const date = dateInPeriod(festival, period);
    return date ? { ...base, code: 'festival_month_suggestion', festivalDate: date } : null;
  }
  if (activity.timing !== 'months' || activity.months.length === 0) return null;
  if ('lunar' in festival && period.year === null) return null;
  if (activity.months.some((month) => fits(festival, month, period))) return null;
  const date = dateInPeriod(festival, period);
  return date ? { ...base, code: 'festival_wrong_month', months: [...activity.months], festivalDate: date } : null;
}

/** Whether a festival may be what a month of the period is busy with. */
function fits(festival: Festival, month: number, period: Period): boolean {
  if (!('lunar' in festival)) return touches({ year: 2001, month: festival.month, day: festival.day }, month, null);
  const year = month >= period.startMonth ? period.year! : period.year! + 1;
  for (const y of [year - 1, year, year + 1]) {
    const date = lunarFestivalDate(festival.key, y);
    if (date && touches(date, month, year)) return true;
  }
  return false;
}

/**
 * Whether the days around a festival's date touch a month: of a given year, or of any year when
 * `year` is null (a fixed date falls in the same month every year).
 */
function touches(date: FestivalDate, month: number, year: number | null): boolean {
  const day = Date.UTC(date.year ?? 2001, date.month - 1, date.day);
  const from = new Date(day - BEFORE_DAYS * DAY);
  const to = new Date(day + AFTER_DAYS * DAY);
  // The months from the first day's to the last day's: the window is 46 days, three months at most.
  const last = to.getUTCFullYear() * 12 + to.getUTCMonth();
  for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); m <= last; m++) {
    if ((m % 12) + 1 === month && (year === null || Math.floor(m / 12) === year)) return true;
  }
  return false;
}

/** The festival's date in the plan period: fixed ones with no year, lunar ones when the year is known. */
function dateInPeriod(festival: Festival, period: Period): FestivalDate | null {
  if (!('lunar' in festival)) return { year: null, month: festival.month, day: festival.day };
  if (period.year === null) return null;
  for (const y of [period.year, period.year + 1]) {
    const date = lunarFestivalDate(festival.key, y);
    if (date && isInPeriod({ month: date.month, year: date.year }, period)) return date;
  }
  return null;
}
