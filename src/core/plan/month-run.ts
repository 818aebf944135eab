import type { Period } from './period';

/**
 * The first and last month when `months` (in period order) follow each other
 * without a break in the period — a school year's 十二月 is followed by 一月 —
 * and null otherwise.
 *
 * @example
 * monthRun([3, 4, 5], calendarYear) //=> [3, 5]
 * monthRun([12, 1], schoolYear) //=> [12, 1]
 * monthRun([3, 5], calendarYear) //=> null
 */
export function monthRun(months: readonly number[], period: Period): readonly [number, number] | null {
  if (months.length < 2) return null;
  const start = period.months.indexOf(months[0]);
  if (start < 0) return null;
  for (let i = 1; i < months.length; i++) {
    if (period.months[start + i] !== months[i]) return null;
  }
  return [months[0], months[months.length - 1]];
}
