import { displayWidth } from './display-width';
import { groupLabel } from '../words/group-label';
import { planSheetWords } from '../words/plan-sheet-words';
import { tableHeaders } from './table-headers';
import type { Analysis } from '../plan/analysis';
import { PLAN_TABLE_STYLE, type ColumnSpec, type OutputValue, type SheetSpec } from './sheet-spec';
import { gapHighlight } from './gap-highlight';
import type { Lang } from '../words/lang';

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Room for the table header's filter button beside the header text. */
const HEADER_PADDING = 4;
const CELL_PADDING = 2;
const TEXT = '@';
const COUNT = '0';

/**
 * The three plan sheets as data, for the package writer (`src/xlsx/package`) and the Office
 * JavaScript API adapter to write as Excel tables: 主要工作 (one row per item, numbered by task group),
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
  const w = planSheetWords(lang);
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
