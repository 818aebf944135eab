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
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length < 2 || first === undefined || last === undefined) return null;
  const start = period.months.indexOf(first);
  if (start < 0) return null;
  for (let i = 1; i < months.length; i++) {
    if (period.months[start + i] !== months[i]) return null;
  }
  return [first, last];
}
