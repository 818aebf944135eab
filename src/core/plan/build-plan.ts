import type { Activity, StatusKind } from './activity';
import type { GroupPlan, Plan, StatusCount } from './plan';
import type { Period } from './period';

const OTHER_NAMES = new Set(['其他工作', 'other work']);
const STATUS_ORDER: readonly StatusKind[] = ['done', 'in_progress', 'not_done', 'cancelled', 'other'];

/**
 * The plan: task groups in order of first appearance (ungrouped items last,
 * under the name ''), the period's months with their items, year-long and
 * unscheduled items, and the counts by status.
 *
 * @example
 * buildPlan(activities, makePeriod({ year: 2023 })).groups.map((g) => g.name) //=> ['文体活动', '关爱服务']
 */
export function buildPlan(activities: readonly Activity[], period: Period): Plan {
  const groups = new Map<string, Activity[]>();
  const ungrouped: Activity[] = [];
  const byMonth = new Map<number, Activity[]>(period.months.map((m) => [m, []]));
  const yearLong: Activity[] = [];
  const unscheduled: Activity[] = [];
  const counts = new Map<StatusKind, number>();

  for (const a of activities) {
    if (a.group === null) ungrouped.push(a);
    else {
      const list = groups.get(a.group);
      if (list) list.push(a);
      else groups.set(a.group, [a]);
    }
    for (const m of a.months) byMonth.get(m)!.push(a);
    if (a.timing === 'year_long') yearLong.push(a);
    else if (a.months.length === 0) unscheduled.push(a);
    if (a.statusKind) counts.set(a.statusKind, (counts.get(a.statusKind) ?? 0) + 1);
  }

  // Ungrouped items join a group the user already calls 其他工作 (or Other work), so no heading appears twice.
  const other = [...groups.keys()].find((name) => OTHER_NAMES.has(name.trim().toLowerCase()));
  if (other !== undefined) groups.get(other)!.push(...ungrouped);
  const groupPlans: GroupPlan[] = [...groups].map(([name, items]) => ({ name, items }));
  if (ungrouped.length && other === undefined) groupPlans.push({ name: '', items: ungrouped });
  const statusCounts: StatusCount[] = STATUS_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
  return {
    groups: groupPlans,
    months: period.months.map((month) => ({ month, items: byMonth.get(month)! })),
    yearLong,
    unscheduled,
    statusCounts,
  };
}
