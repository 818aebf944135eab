import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import type { Activity } from '../../../src/core/plan/activity';
import type { CellValue } from '../../../src/core/sheet/grid';
import { grid } from '../../helpers/grid';

const ROWS: CellValue[][] = [
  ['2023年学校工会主要活动安排表'],
  ['月份', '活动内容', '工作类别', '负责人', '完成情况'],
  ['一月', '1、元旦活动', '文体活动', '张老师', '已完成'],
  ['三月', '三八节活动', '文体活动', '李老师', '已完成'],
  [null, '（2）教代会', '民主管理', '王老师', '未完成'],
  [],
  ['十三月', '慰问困难教职工', '关爱服务', null, null],
  ['全年', '校务公开', '民主管理', null, '进行中'],
  ['5月', null, '文体活动', null, null],
  ['三月', '三八节活动', '文体活动', '李老师', '已完成'],
  ['上半年', '工会例会', null, null, null],
];

function activity(partial: Partial<Activity> & Pick<Activity, 'row' | 'text' | 'monthText' | 'timing' | 'months'>): Activity {
  const r = partial.row;
  return {
    group: null,
    owner: null,
    status: null,
    statusKind: null,
    notes: null,
    cells: { month: `A${r}`, activity: `B${r}`, group: `C${r}`, owner: `D${r}`, status: `E${r}` },
    ...partial,
  };
}

describe('analyzeSheet', () => {
  it('reads a schedule with a title row, merged month cells, blank rows and mistakes into a whole analysis', () => {
    const result = analyzeSheet(grid(ROWS, { merges: ['A1:E1', 'A4:A5'] }), { exempt: [7, 8] });
    const a3 = activity({
      row: 3,
      text: '元旦活动',
      monthText: '一月',
      timing: 'months',
      months: [1],
      group: '文体活动',
      owner: '张老师',
      status: '已完成',
      statusKind: 'done',
    });
    const a4 = activity({
      row: 4,
      text: '三八节活动',
      monthText: '三月',
      timing: 'months',
      months: [3],
      group: '文体活动',
      owner: '李老师',
      status: '已完成',
      statusKind: 'done',
    });
    const a5 = activity({
      row: 5,
      text: '教代会',
      monthText: '三月',
      timing: 'months',
      months: [3],
      group: '民主管理',
      owner: '王老师',
      status: '未完成',
      statusKind: 'not_done',
      cells: { month: 'A4', activity: 'B5', group: 'C5', owner: 'D5', status: 'E5' },
    });
    const a7 = activity({ row: 7, text: '慰问困难教职工', monthText: '十三月', timing: 'none', months: [], group: '关爱服务' });
    const a8 = activity({
      row: 8,
      text: '校务公开',
      monthText: '全年',
      timing: 'year_long',
      months: [],
      group: '民主管理',
      status: '进行中',
      statusKind: 'in_progress',
    });
    const a11 = activity({ row: 11, text: '工会例会', monthText: '上半年', timing: 'months', months: [1, 2, 3, 4, 5, 6] });
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const counts = [2, 1, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0];

    expect(result).toEqual({
      ok: true,
      analysis: {
        sheet: '活动安排',
        header: {
          layout: 'list',
          row: 1,
          title: '2023年学校工会主要活动安排表',
          columns: {
            month: { field: 'month', col: 0, header: '月份' },
            activity: { field: 'activity', col: 1, header: '活动内容' },
            group: { field: 'group', col: 2, header: '工作类别' },
            owner: { field: 'owner', col: 3, header: '负责人' },
            status: { field: 'status', col: 4, header: '完成情况' },
          },
        },
        unit: null,
        period: { year: 2023, startMonth: 1, months, exempt: [7, 8] },
        activities: [a3, a4, a5, a7, a8, a11],
        plan: {
          groups: [
            { name: '文体活动', items: [a3, a4] },
            { name: '民主管理', items: [a5, a8] },
            { name: '关爱服务', items: [a7] },
            { name: '', items: [a11] },
          ],
          months: [
            { month: 1, items: [a3, a11] },
            { month: 2, items: [a11] },
            { month: 3, items: [a4, a5, a11] },
            { month: 4, items: [a11] },
            { month: 5, items: [a11] },
            { month: 6, items: [a11] },
            ...[7, 8, 9, 10, 11, 12].map((month) => ({ month, items: [] })),
          ],
          yearLong: [a8],
          unscheduled: [a7],
          statusCounts: [
            { kind: 'done', count: 2 },
            { kind: 'in_progress', count: 1 },
            { kind: 'not_done', count: 1 },
          ],
        },
        coverage: {
          months: months.map((month, i) => ({
            month,
            count: counts[i],
            status: month === 7 || month === 8 ? 'exempt' : counts[i] ? 'covered' : 'gap',
          })),
          gaps: [9, 10, 11, 12],
        },
        issues: [
          { code: 'month_out_of_range', severity: 'error', sheet: '活动安排', cell: 'A7', value: '十三月' },
          { code: 'activity_missing', severity: 'warning', sheet: '活动安排', cell: 'B9', value: '5月' },
          { code: 'duplicate_row', severity: 'warning', sheet: '活动安排', cell: 'B10', value: '三八节活动', firstRow: 4 },
        ],
      },
    });
  });

  it('says when merged cells are unknown and counts a blank month cell for the month above it, saying so', () => {
    const result = analyzeSheet(grid(ROWS.slice(0, 5), { merges: null }));
    expect(result.ok && result.analysis.issues).toEqual([
      { code: 'merge_info_unavailable', severity: 'warning', sheet: '活动安排', cell: null },
      { code: 'month_filled_from_above', severity: 'warning', sheet: '活动安排', cell: 'A5', value: '三月' },
    ]);
    expect(result.ok && result.analysis.activities.map((a) => [a.row, a.months, a.cells.month])).toEqual([
      [3, [1], 'A3'],
      [4, [3], 'A4'],
      [5, [3], 'A4'],
    ]);
  });

  it('answers "not a schedule" with what it looked for', () => {
    expect(analyzeSheet(grid([['姓名', '电话']], { sheet: '通讯录' }))).toEqual({
      ok: false,
      issues: [
        {
          code: 'not_a_schedule',
          severity: 'error',
          sheet: '通讯录',
          cell: null,
          expected: ['月份', '时间', '日期', '活动', '活动内容', '工作内容'],
        },
      ],
    });
  });

  it('reports months of another year and does not count them', () => {
    const result = analyzeSheet(
      grid([
        ['月份', '活动'],
        ['2022年3月', '旧活动'],
        ['2023年3月', '新活动'],
      ]),
      { year: 2023 },
    );
    expect(result.ok && [result.analysis.coverage.months[2], result.analysis.issues]).toEqual([
      { month: 3, count: 1, status: 'covered' },
      [{ code: 'month_outside_period', severity: 'warning', sheet: '活动安排', cell: 'A2', value: '2022年3月', year: 2022 }],
    ]);
  });

  it('reads a date cell by its number format and a bare number as a month', () => {
    const result = analyzeSheet(
      grid(
        [
          ['月份', '活动'],
          [45179, '教师节活动'],
          [3, '植树'],
        ],
        { formats: { A2: 'yyyy/m/d' } },
      ),
    );
    expect(result.ok && result.analysis.activities.map((a) => [a.monthText, a.months])).toEqual([
      ['2023/9/10', [9]],
      ['3', [3]],
    ]);
  });

  it('follows a school year from September, with the year from the dated months', () => {
    const result = analyzeSheet(
      grid([
        ['时间', '活动'],
        ['2023年9月', '开学'],
        ['2024年6月', '总结'],
      ]),
      { startMonth: 9 },
    );
    expect(result.ok && [result.analysis.period.year, result.analysis.coverage.months.map((m) => m.count)]).toEqual([
      2023,
      [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
    ]);
  });

  it('reads the rows below a two-row header as data, not the header', () => {
    const g = grid(
      [
        ['月份', '活动内容', '负责', null],
        [null, null, '负责人', '完成情况'],
        ['1月', '元旦', '张', '已完成'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    const result = analyzeSheet(g);
    expect(result.ok && [result.analysis.activities.map((a) => [a.row, a.text, a.statusKind]), result.analysis.issues]).toEqual([
      [[3, '元旦', 'done']],
      [],
    ]);
  });

  it('takes a 学年 title as a school year from September', () => {
    const g = grid([['2023—2024学年工会活动安排'], ['月份', '活动'], ['2023年9月', '开学'], ['2024年3月', '三八节']]);
    const result = analyzeSheet(g);
    expect(result.ok && [result.analysis.period.year, result.analysis.period.startMonth, result.analysis.issues]).toEqual([2023, 9, []]);
  });

  it('survives a merged area far larger than the sheet', () => {
    const g = {
      ...grid([
        ['月份', '活动'],
        ['3月', '植树'],
        [null, null],
      ]),
      merges: [{ top: 2, left: 0, bottom: 1048575, right: 16383 }],
    };
    const result = analyzeSheet(g);
    expect(result.ok && result.analysis.coverage.months[2]).toEqual({ month: 3, count: 1, status: 'covered' });
  });

  it('puts ungrouped items into a group the user already calls 其他工作, so it is listed once', () => {
    const result = analyzeSheet(
      grid([
        ['月份', '工作类别', '活动'],
        ['1月', '其他工作', 'A'],
        ['2月', null, 'B'],
        ['3月', '文体', 'C'],
      ]),
    );
    expect(result.ok && result.analysis.plan.groups.map((g) => [g.name, g.items.map((a) => a.text)])).toEqual([
      ['其他工作', ['A', 'B']],
      ['文体', ['C']],
    ]);
  });

  it('reads a sheet whose one stray value sits at XFD1048576 as it reads the sheet without it', () => {
    const plain = grid(ROWS);
    const stray = { ...plain, rows: [...plain.rows, { row: 1048575, cols: [16383], values: ['x'] }] };
    const [a, b] = [analyzeSheet(plain), analyzeSheet(stray)];
    expect(b).toEqual(a);
  });
});
