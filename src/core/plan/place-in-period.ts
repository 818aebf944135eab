import { isInPeriod } from './make-period';
import type { ScheduleRow } from '../sheet/read-rows';
import type { Activity, Timing } from './activity';
import type { Issue } from '../issues/issue';
import type { Period } from './period';

/**
 * Activities with their months placed in the plan period: months of another
 * year are reported and not counted; 每月 means every month of the period.
 */
export function placeInPeriod(rows: readonly ScheduleRow[], period: Period, sheet: string): { activities: Activity[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const activities = rows.map((row): Activity => {
    const { reading } = row;
    let timing: Timing = 'none';
    let months: number[] = [];
    if (reading.kind === 'months') {
      timing = 'months';
      // The months inside the period as bits (month m is bit m): no set to make for every row.
      let inside = 0;
      for (const ref of reading.months) {
        if (isInPeriod(ref, period)) inside |= 1 << ref.month;
        else if (ref.year !== null && !reported.has(`${row.cells.month}@${ref.year}`)) {
          reported.add(`${row.cells.month}@${ref.year}`);
          issues.push({
            code: 'month_outside_period',
            severity: 'warning',
            sheet,
            cell: row.cells.month ?? null,
            value: row.monthText,
            year: ref.year,
          });
        }
      }
      for (const m of period.months) if (inside & (1 << m)) months.push(m);
    } else if (reading.kind === 'every_month') {
      timing = 'every_month';
      months = [...period.months];
    } else if (reading.kind === 'year_long') {
      timing = 'year_long';
    } else if (reading.kind === 'undecided') {
      timing = 'undecided';
    }
    return {
      row: row.row,
      text: row.text,
      monthText: row.monthText,
      timing,
      months,
      group: row.group,
      owner: row.owner,
      status: row.status,
      statusKind: row.statusKind,
      notes: row.notes,
      cells: row.cells,
    };
  });
  return { activities, issues };
}
