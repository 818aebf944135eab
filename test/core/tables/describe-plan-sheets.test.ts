import { buildPlan } from '../../../src/core/plan/build-plan';
import { checkCoverage } from '../../../src/core/plan/check-coverage';
import { describePlanSheets } from '../../../src/core/tables/describe-plan-sheets';
import { makePeriod } from '../../../src/core/plan/make-period';
import type { Activity, Timing } from '../../../src/core/plan/activity';
import type { Analysis } from '../../../src/core/plan/analysis';
import type { PeriodOptions } from '../../../src/core/plan/period';

interface Row {
  text: string;
  monthText: string;
  timing: Timing;
  months: number[];
  group?: string;
  owner?: string;
  status?: string;
}

function analysis(rows: Row[], options: PeriodOptions): Analysis {
  const period = makePeriod(options);
  const activities: Activity[] = rows.map((r, i) => ({
    row: i + 3,
    text: r.text,
    monthText: r.monthText,
    timing: r.timing,
    months: r.months,
    group: r.group ?? null,
    owner: r.owner ?? null,
    status: r.status ?? null,
    statusKind: null,
    notes: null,
    cells: {},
  }));
  return {
    sheet: '活动安排',
    header: { layout: 'list', row: 1, columns: {}, title: null },
    unit: null,
    period,
    activities,
    plan: buildPlan(activities, period),
    coverage: checkCoverage(activities, period),
    issues: [],
  };
}

const TEXT = '@';
const COUNT = '0';

describe('describePlanSheets', () => {
  const schedule = analysis(
    [
      { text: '元旦活动', monthText: '1月', timing: 'months', months: [1], group: '文体活动', owner: '王芳', status: '已完成' },
      { text: '教工运动会', monthText: '3-4月', timing: 'months', months: [3, 4], group: '文体活动', owner: '李强', status: '未完成' },
      { text: '三八节活动', monthText: '三月', timing: 'months', months: [3], group: '关爱服务', status: '进行中' },
      { text: '校务公开', monthText: '长期', timing: 'year_long', months: [], group: '民主管理', owner: '张伟' },
      { text: '组织教师体检', monthText: '待定', timing: 'undecided', months: [] },
      { text: '错误月份', monthText: '十三月', timing: 'none', months: [], group: '关爱服务' },
      { text: '工会小组活动', monthText: '九月', timing: 'months', months: [9], group: '合计' },
      { text: '上半年活动', monthText: '上半年', timing: 'months', months: [1, 2, 3, 4, 5, 6], group: '文体活动' },
      { text: '没填月份', monthText: '', timing: 'none', months: [] },
      { text: '去年的活动', monthText: '2023年5月', timing: 'months', months: [], group: '民主管理' },
    ],
    { year: 2024, exempt: [7, 8] },
  );

  it('describes 主要工作, 月度安排 and 覆盖检查 in Chinese, with gaps highlighted', () => {
    expect(describePlanSheets(schedule, 'zh')).toEqual([
      {
        key: 'work',
        name: '主要工作',
        tableName: 'PlanSheet_Work',
        tableStyle: 'TableStyleMedium2',
        columns: [
          { header: '序号', width: 9, numberFormat: TEXT },
          { header: '任务组', width: 10, numberFormat: TEXT },
          { header: '工作内容', width: 14, numberFormat: TEXT },
          { header: '月份', width: 21, numberFormat: TEXT },
          { header: '负责人', width: 10, numberFormat: TEXT },
          { header: '完成情况', width: 12, numberFormat: TEXT },
        ],
        rows: [
          ['（一）1', '文体活动', '元旦活动', '1月', '王芳', '已完成'],
          ['（一）2', '文体活动', '教工运动会', '3-4月（3月至4月）', '李强', '未完成'],
          ['（一）3', '文体活动', '上半年活动', '上半年（1月至6月）', null, null],
          ['（二）1', '关爱服务', '三八节活动', '三月（3月）', null, '进行中'],
          ['（二）2', '关爱服务', '错误月份', '十三月（未计入）', null, null],
          ['（三）1', '民主管理', '校务公开', '长期（全年）', '张伟', null],
          ['（三）2', '民主管理', '去年的活动', '2023年5月（未计入）', null, null],
          ['（四）1', '合计', '工会小组活动', '九月（9月）', null, null],
          ['（五）1', '其他工作', '组织教师体检', '待定', null, null],
          ['（五）2', '其他工作', '没填月份', '（未填写）', null, null],
        ],
      },
      {
        key: 'monthly',
        name: '月度安排',
        tableName: 'PlanSheet_Monthly',
        tableStyle: 'TableStyleMedium2',
        columns: [
          { header: '月份', width: 8, numberFormat: TEXT },
          { header: '活动', width: 14, numberFormat: TEXT },
          { header: '任务组', width: 10, numberFormat: TEXT },
          { header: '负责人', width: 10, numberFormat: TEXT },
        ],
        rows: [
          ['一月', '元旦活动', '文体活动', '王芳'],
          ['一月', '上半年活动', '文体活动', null],
          ['二月', '上半年活动', '文体活动', null],
          ['三月', '教工运动会', '文体活动', '李强'],
          ['三月', '三八节活动', '关爱服务', null],
          ['三月', '上半年活动', '文体活动', null],
          ['四月', '教工运动会', '文体活动', '李强'],
          ['四月', '上半年活动', '文体活动', null],
          ['五月', '上半年活动', '文体活动', null],
          ['六月', '上半年活动', '文体活动', null],
          ['七月', '（不计）', null, null],
          ['八月', '（不计）', null, null],
          ['九月', '工会小组活动', '合计', null],
          ['十月', '（缺少活动）', null, null],
          ['十一月', '（缺少活动）', null, null],
          ['十二月', '（缺少活动）', null, null],
          ['全年', '校务公开', '民主管理', '张伟'],
          ['待定', '组织教师体检', '其他工作', null],
        ],
      },
      {
        key: 'coverage',
        name: '覆盖检查',
        tableName: 'PlanSheet_Coverage',
        tableStyle: 'TableStyleMedium2',
        columns: [
          { header: '月份', width: 8, numberFormat: TEXT },
          { header: '文体活动', width: 12, numberFormat: COUNT },
          { header: '关爱服务', width: 12, numberFormat: COUNT },
          { header: '民主管理', width: 12, numberFormat: COUNT },
          { header: '合计2', width: 9, numberFormat: COUNT },
          { header: '其他工作', width: 12, numberFormat: COUNT },
          { header: '合计', width: 8, numberFormat: COUNT },
          { header: '状态', width: 10, numberFormat: TEXT },
        ],
        rows: [
          ['一月', 2, 0, 0, 0, 0, 2, '已覆盖'],
          ['二月', 1, 0, 0, 0, 0, 1, '已覆盖'],
          ['三月', 2, 1, 0, 0, 0, 3, '已覆盖'],
          ['四月', 2, 0, 0, 0, 0, 2, '已覆盖'],
          ['五月', 1, 0, 0, 0, 0, 1, '已覆盖'],
          ['六月', 1, 0, 0, 0, 0, 1, '已覆盖'],
          ['七月', 0, 0, 0, 0, 0, 0, '不计'],
          ['八月', 0, 0, 0, 0, 0, 0, '不计'],
          ['九月', 0, 0, 0, 1, 0, 1, '已覆盖'],
          ['十月', 0, 0, 0, 0, 0, 0, '缺少活动'],
          ['十一月', 0, 0, 0, 0, 0, 0, '缺少活动'],
          ['十二月', 0, 0, 0, 0, 0, 0, '缺少活动'],
        ],
        highlight: { formula: '$H2="缺少活动"', fill: 'FFC7CE', font: '9C0006' },
      },
    ]);
  });

  it('describes a school year in English: months from September, every-month items in each month', () => {
    const school = analysis(
      [
        { text: 'Teachers’ Day party', monthText: 'Sep', timing: 'months', months: [9], group: 'Culture', owner: 'Li', status: 'done' },
        { text: 'Union group meeting', monthText: '每月', timing: 'every_month', months: [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8] },
        { text: 'Winter visits', monthText: 'Dec-Jan', timing: 'months', months: [12, 1], group: 'Care' },
      ],
      { year: 2024, startMonth: 9, exempt: [7, 8] },
    );
    const [work, monthly, coverage] = describePlanSheets(school, 'en');
    expect([work.name, work.tableName, work.columns.map((c) => c.header), work.rows]).toEqual([
      'Main Work',
      'PlanSheet_Work',
      ['No.', 'Task group', 'Work', 'Month', 'Owner', 'Status'],
      [
        ['1.1', 'Culture', 'Teachers’ Day party', 'Sep', 'Li', 'done'],
        ['2.1', 'Care', 'Winter visits', 'Dec-Jan (Dec–Jan)', null, null],
        ['3.1', 'Other work', 'Union group meeting', '每月 (every month)', null, null],
      ],
    ]);
    expect([monthly.name, monthly.columns.map((c) => c.header), monthly.rows.slice(0, 6)]).toEqual([
      'Monthly Schedule',
      ['Month', 'Activity', 'Task group', 'Owner'],
      [
        ['September', 'Teachers’ Day party', 'Culture', 'Li'],
        ['September', 'Union group meeting', 'Other work', null],
        ['October', 'Union group meeting', 'Other work', null],
        ['November', 'Union group meeting', 'Other work', null],
        ['December', 'Union group meeting', 'Other work', null],
        ['December', 'Winter visits', 'Care', null],
      ],
    ]);
    expect(monthly.rows).toHaveLength(15);
    expect([coverage.name, coverage.columns.map((c) => c.header), coverage.rows, coverage.highlight]).toEqual([
      'Coverage',
      ['Month', 'Culture', 'Care', 'Other work', 'Total', 'Status'],
      [
        ['September', 1, 0, 1, 2, 'Covered'],
        ['October', 0, 0, 1, 1, 'Covered'],
        ['November', 0, 0, 1, 1, 'Covered'],
        ['December', 0, 1, 1, 2, 'Covered'],
        ['January', 0, 1, 1, 2, 'Covered'],
        ['February', 0, 0, 1, 1, 'Covered'],
        ['March', 0, 0, 1, 1, 'Covered'],
        ['April', 0, 0, 1, 1, 'Covered'],
        ['May', 0, 0, 1, 1, 'Covered'],
        ['June', 0, 0, 1, 1, 'Covered'],
        ['July', 0, 0, 1, 1, 'Exempt'],
        ['August', 0, 0, 1, 1, 'Exempt'],
      ],
      { formula: '$F2="Gap"', fill: 'FFC7CE', font: '9C0006' },
    ]);
  });

  it('keeps every sheet and table name valid for Excel and counts stored as numbers', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const spec of describePlanSheets(schedule, lang)) {
        expect(spec.name.length).toBeLessThanOrEqual(31);
        expect(spec.name).not.toMatch(/[[\]*?:/\\]/);
        expect(spec.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
        const headers = spec.columns.map((c) => c.header.toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
        spec.rows.forEach((row) => {
          expect(row).toHaveLength(spec.columns.length);
          row.forEach((value, c) => {
            if (spec.columns[c].numberFormat === COUNT) expect(typeof value).toBe('number');
          });
        });
      }
    }
  });

  it('shows a 每月 item under every month of 月度安排, as a month-by-month table is read, and a 全年 item once after the months', () => {
    const plan = analysis(
      [
        { text: '工会例会', monthText: '每月', timing: 'every_month', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], group: '自身建设' },
        { text: '校务公开', monthText: '全年', timing: 'year_long', months: [], group: '民主管理' },
        { text: '三八节活动', monthText: '3月', timing: 'months', months: [3], group: '文体活动' },
      ],
      { year: 2024 },
    );
    const [work, monthly] = describePlanSheets(plan, 'zh');
    expect(work.rows).toEqual([
      ['（一）1', '自身建设', '工会例会', '每月', null, null],
      ['（二）1', '民主管理', '校务公开', '全年', null, null],
      ['（三）1', '文体活动', '三八节活动', '3月', null, null],
    ]);
    const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
    expect(monthly.rows).toEqual([
      ...months.flatMap((m) => [[m, '工会例会', '自身建设', null], ...(m === '三月' ? [[m, '三八节活动', '文体活动', null]] : [])]),
      ['全年', '校务公开', '民主管理', null],
    ]);
  });
});
