import type { Activity, Analysis, GroupPlan, Period, StatusKind, Timing } from '../../src/core/types';

/** One schedule row, compactly: `{ month: [1], group: '文体活动', text: '元旦活动', status: '已完成' }`. */
export interface RowSpec {
  /** Calendar months, or 每月 / 全年 / 待定; missing means a blank month cell. */
  readonly month?: readonly number[] | 'every' | 'year' | 'undecided';
  readonly group?: string | null;
  readonly text: string;
  readonly owner?: string | null;
  readonly status?: string | null;
}

export interface MakeAnalysisOptions {
  readonly year?: number | null;
  readonly startMonth?: number;
  readonly exempt?: readonly number[];
}

const STATUS_KINDS: Readonly<Record<string, StatusKind>> = {
  已完成: 'done',
  完成: 'done',
  进行中: 'in_progress',
  未完成: 'not_done',
  取消: 'cancelled',
  已取消: 'cancelled',
};

const HEADER_ROW = 2;

/**
 * An Analysis built by hand from a compact list of rows, with the plan and the
 * coverage worked out simply and consistently, so that document tests do not
 * depend on the sheet reader. Row i sits on sheet row HEADER_ROW + 1 + i.
 */
export function makeAnalysis(rows: readonly RowSpec[], options: MakeAnalysisOptions = {}): Analysis {
  const startMonth = options.startMonth ?? 1;
  const months = Array.from({ length: 12 }, (_, i) => ((startMonth - 1 + i) % 12) + 1);
  const period: Period = { year: options.year ?? null, startMonth, months, exempt: options.exempt ?? [] };
  const activities = rows.map((spec, i) => makeActivity(spec, HEADER_ROW + 1 + i, period));

  const named = new Map<string, Activity[]>();
  const ungrouped: Activity[] = [];
  for (const a of activities) {
    if (a.group === null) ungrouped.push(a);
    else named.set(a.group, [...(named.get(a.group) ?? []), a]);
  }
  const groups: GroupPlan[] = [...named].map(([name, items]) => ({ name, items }));
  if (ungrouped.length > 0) groups.push({ name: '', items: ungrouped });

  const monthPlans = months.map((month) => ({ month, items: activities.filter((a) => a.months.includes(month)) }));
  const kinds: StatusKind[] = ['done', 'in_progress', 'not_done', 'cancelled', 'other'];
  const coverage = monthPlans.map(({ month, items }) => ({
    month,
    count: items.length,
    status: period.exempt.includes(month) ? ('exempt' as const) : items.length > 0 ? ('covered' as const) : ('gap' as const),
  }));

  return {
    sheet: '活动安排',
    header: {
      row: HEADER_ROW - 1,
      columns: {
        month: { field: 'month', col: 0, header: '月份' },
        activity: { field: 'activity', col: 1, header: '活动内容' },
        group: { field: 'group', col: 2, header: '工作类别' },
        owner: { field: 'owner', col: 3, header: '负责人' },
        status: { field: 'status', col: 4, header: '完成情况' },
      },
      title: null,
    },
    period,
    activities,
    plan: {
      groups,
      months: monthPlans,
      yearLong: activities.filter((a) => a.timing === 'year_long'),
      unscheduled: activities.filter((a) => a.timing === 'undecided' || a.timing === 'none'),
      statusCounts: kinds
        .map((kind) => ({ kind, count: activities.filter((a) => a.statusKind === kind).length }))
        .filter((c) => c.count > 0),
    },
    coverage: { months: coverage, gaps: coverage.filter((c) => c.status === 'gap').map((c) => c.month) },
    issues: [],
  };
}

function makeActivity(spec: RowSpec, row: number, period: Period): Activity {
  let timing: Timing = 'none';
  let months: number[] = [];
  let monthText = '';
  if (spec.month === 'every') {
    timing = 'every_month';
    months = [...period.months];
    monthText = '每月';
  } else if (spec.month === 'year') {
    timing = 'year_long';
    monthText = '全年';
  } else if (spec.month === 'undecided') {
    timing = 'undecided';
    monthText = '待定';
  } else if (spec.month !== undefined) {
    const listed = spec.month;
    timing = 'months';
    months = period.months.filter((m) => listed.includes(m));
    monthText = listed.map((m) => `${m}月`).join('、');
  }
  const status = spec.status ?? null;
  return {
    row,
    text: spec.text,
    monthText,
    timing,
    months,
    group: spec.group ?? null,
    owner: spec.owner ?? null,
    status,
    statusKind: status === null ? null : (STATUS_KINDS[status] ?? 'other'),
    notes: null,
    cells: { month: `A${row}`, activity: `B${row}`, group: `C${row}`, owner: `D${row}`, status: `E${row}` },
  };
}
