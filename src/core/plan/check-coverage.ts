import type { Activity } from './activity';
import type { Coverage, MonthCoverage } from './coverage';
import type { Period } from './period';

/**
 * Each month of the period with how many items fall in it, and whether it is
 * covered, a gap or exempt. Year-long items (全年) cover no month of their own.
 *
 * @example
 * checkCoverage(activities, makePeriod({ exempt: [7, 8] })).gaps //=> [6]
 */
export function checkCoverage(activities: readonly Activity[], period: Period): Coverage {
  const counts = new Map<number, number>(period.months.map((m) => [m, 0]));
  for (const a of activities) for (const m of a.months) counts.set(m, counts.get(m)! + 1);
  const exempt = new Set(period.exempt);
  const months: MonthCoverage[] = period.months.map((month) => {
    const count = counts.get(month)!;
    return { month, count, status: exempt.has(month) ? 'exempt' : count > 0 ? 'covered' : 'gap' };
  });
  return { months, gaps: months.filter((m) => m.status === 'gap').map((m) => m.month) };
}
