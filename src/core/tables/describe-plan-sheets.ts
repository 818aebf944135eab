import { monthName } from '../words/month-name';
import { chineseOrdinal } from '../words/chinese-ordinal';
import { displayWidth } from './display-width';
import { monthRun } from '../plan/month-run';
import { groupLabel } from '../words/group-label';
import { tableHeaders } from './table-headers';
import type { Activity } from '../plan/activity';
import type { Analysis } from '../plan/analysis';
import { PLAN_TABLE_STYLE, type ColumnSpec, type OutputValue, type SheetSpec } from './sheet-spec';
import { gapHighlight } from './gap-highlight';
import type { Lang } from '../words/lang';
import type { MonthStatus } from '../plan/coverage';
import type { Period } from '../plan/period';

interface Words {
  readonly sheets: Readonly<Record<SheetSpec['key'], string>>;
  readonly work: readonly [string, string, string, string, string, string];
  readonly monthly: readonly [string, string, string, string];
  readonly coverage: { readonly month: string; readonly total: string; readonly status: string };
  readonly status: Readonly<Record<MonthStatus, string>>;
  readonly yearLong: string;
  readonly undecided: string;
  /** What the monthly sheet says in the activity column of a month without items. */
  readonly emptyMonth: Readonly<Record<Exclude<MonthStatus, 'covered'>, string>>;
  number(group: number, item: number): string;
  monthName(month: number): string;
  /** The months an item was read as, in short form. */
  reading(activity: Activity, period: Period): string;
  /** The month cell as typed, with what it was read as when that adds something. */
  withReading(typed: string, reading: string): string;
}

const ZH: Words = {
  sheets: { work: '主要工作', monthly: '月度安排', coverage: '覆盖检查' },
  work: ['序号', '任务组', '工作内容', '月份', '负责人', '完成情况'],
  monthly: ['月份', '活动', '任务组', '负责人'],
  coverage: { month: '月份', total: '合计', status: '状态' },
  status: { covered: '已覆盖', gap: '缺少活动', exempt: '不计' },
  yearLong: '全年',
  undecided: '待定',
  emptyMonth: { gap: '（缺少活动）', exempt: '（不计）' },
  // The document numbers groups （一）（二） and items 1、2、 afresh in each group; the table says the same.
  number: (group, item) => `（${chineseOrdinal(group)}）${item}`,
  monthName: (m) => monthName(m, 'zh'),
  reading: (a, period) => reading(a, period, (m) => monthName(m, 'zh', 'short'), '至', '、', { every: '每月', yearLong: '全年', undecided: '待定', none: '未计入' }),
  withReading: (typed, read) => (typed === '' ? `（${read === '未计入' ? '未填写' : read}）` : typed === read ? typed : `${typed}（${read}）`),
};

const EN: Words = {
  sheets: { work: 'Main Work', monthly: 'Monthly Schedule', coverage: 'Coverage' },
  work: ['No.', 'Task group', 'Work', 'Month', 'Owner', 'Status'],
  monthly: ['Month', 'Activity', 'Task group', 'Owner'],
  coverage: { month: 'Month', total: 'Total', status: 'Status' },
  status: { covered: 'Covered', gap: 'Gap', exempt: 'Exempt' },
  yearLong: 'All year',
  undecided: 'Undecided',
  emptyMonth: { gap: '(no activity)', exempt: '(exempt)' },
  number: (group, item) => `${group}.${item}`,
  monthName: (m) => monthName(m, 'en'),
  reading: (a, period) =>
    reading(a, period, (m) => monthName(m, 'en', 'short'), '–', ', ', { every: 'every month', yearLong: 'all year', undecided: 'undecided', none: 'not counted' }),
  withReading: (typed, read) => (typed === '' ? `(${read === 'not counted' ? 'blank' : read})` : typed === read ? typed : `${typed} (${read})`),
};

function reading(
  a: Activity,
  period: Period,
  month: (m: number) => string,
  to: string,
  and: string,
  words: { every: string; yearLong: string; undecided: string; none: string },
): string {
  switch (a.timing) {
    case 'every_month':
      return words.every;
    case 'year_long':
      return words.yearLong;
    case 'undecided':
      return words.undecided;
    case 'months': {
      if (a.months.length === 0) return words.none;
      const run = a.months.length > 2 ? monthRun(a.months, period) : null;
      return run ? `${month(run[0])}${to}${month(run[1])}` : a.months.map(month).join(and);
    }
    default:
      return words.none;
  }
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Room for the table header's filter button beside the header text. */
const HEADER_PADDING = 4;
const CELL_PADDING = 2;
const TEXT = '@';
const COUNT = '0';

/**
 * The three plan sheets as data, for the exceljs and Office JavaScript API adapters to
 * write as Excel tables: 主要工作 (one row per item, numbered by task group),
 * 月度安排 (one row per month and item in period order) and 覆盖检查 (months ×
 * task groups with counts, a total and a status whose gaps are highlighted).
 *
 * In 月度安排 a month without items still gets one row, its activity cell
 * saying （缺少活动） or （不计）, so that the month is not silently missing
 * from a schedule people read top to bottom; year-long items follow the twelve
 * months under 全年 and undecided ones under 待定. Items whose month could not be
 * read appear only in 主要工作, marked （未计入）: they are the issues list's business.
 *
 * @example
 * describePlanSheets(analysis, 'zh').map((s) => [s.name, s.tableName])
 * //=> [['主要工作', 'PlanSheet_Work'], ['月度安排', 'PlanSheet_Monthly'], ['覆盖检查', 'PlanSheet_Coverage']]
 */
export function describePlanSheets(analysis: Analysis, lang: Lang): SheetSpec[] {
  const w = lang === 'en' ? EN : ZH;
  const { plan, period, coverage } = analysis;
  const groupName = (name: string | null): string => groupLabel(name ?? '', lang);

  const workRows: OutputValue[][] = [];
  plan.groups.forEach((group, g) => {
    group.items.forEach((a, i) => {
      workRows.push([
        w.number(g + 1, i + 1),
        groupName(group.name),
        a.text,
        w.withReading(a.monthText, w.reading(a, period)),
        a.owner,
        a.status,
      ]);
    });
  });

  const statusOf = new Map(coverage.months.map((m) => [m.month, m.status]));
  const monthlyRows: OutputValue[][] = [];
  for (const { month, items } of plan.months) {
    const name = w.monthName(month);
    if (items.length === 0) {
      const status = statusOf.get(month) ?? 'gap';
      monthlyRows.push([name, w.emptyMonth[status === 'exempt' ? 'exempt' : 'gap'], null, null]);
    }
    for (const a of items) monthlyRows.push([name, a.text, groupName(a.group), a.owner]);
  }
  for (const a of plan.yearLong) monthlyRows.push([w.yearLong, a.text, groupName(a.group), a.owner]);
  for (const a of plan.unscheduled) {
    if (a.timing === 'undecided') monthlyRows.push([w.undecided, a.text, groupName(a.group), a.owner]);
  }

  const groups = plan.groups.map((g) => groupName(g.name));
  const coverageRows: OutputValue[][] = coverage.months.map((m) => {
    const counts = plan.groups.map((g) => g.items.filter((a) => a.months.includes(m.month)).length);
    return [w.monthName(m.month), ...counts, m.count, w.status[m.status]];
  });
  const fixed = [w.coverage.month, w.coverage.total, w.coverage.status];
  const coverageHeaders = [w.coverage.month, ...tableHeaders(groups, fixed), w.coverage.total, w.coverage.status];

  return [
    sheet('work', w.sheets.work, 'PlanSheet_Work', w.work, [TEXT, TEXT, TEXT, TEXT, TEXT, TEXT], workRows),
    sheet('monthly', w.sheets.monthly, 'PlanSheet_Monthly', w.monthly, [TEXT, TEXT, TEXT, TEXT], monthlyRows),
    {
      ...sheet(
        'coverage',
        w.sheets.coverage,
        'PlanSheet_Coverage',
        coverageHeaders,
        [TEXT, ...groups.map(() => COUNT), COUNT, TEXT],
        coverageRows,
      ),
      highlight: gapHighlight(coverageHeaders.length - 1, w.status.gap),
    },
  ];
}

function sheet(
  key: SheetSpec['key'],
  name: string,
  tableName: string,
  headers: readonly string[],
  formats: readonly string[],
  rows: OutputValue[][],
): SheetSpec {
  const columns: ColumnSpec[] = headers.map((header, c) => {
    let widest = displayWidth(header) + HEADER_PADDING;
    for (const row of rows) {
      const v = row[c];
      if (v !== null) widest = Math.max(widest, displayWidth(String(v)) + CELL_PADDING);
    }
    return { header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest)), numberFormat: formats[c] };
  });
  return { key, name, tableName, columns, rows, tableStyle: PLAN_TABLE_STYLE };
}
