import { buildPlan } from '../../src/core/plan/build-plan';
import { checkCoverage } from '../../src/core/plan/check-coverage';
import type { Activity, StatusKind, Timing } from '../../src/core/plan/activity';
import type { Analysis } from '../../src/core/plan/analysis';
import type { Period } from '../../src/core/plan/period';

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

  // The plan and the coverage come from core's own functions, so the document is built on what analyzeSheet gives.
  const plan = buildPlan(activities, period);
  const coverage = checkCoverage(activities, period);

  return {
    sheet: '活动安排',
    header: {
      layout: 'list',
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
    unit: null,
    period,
    activities,
    plan,
    coverage,
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
