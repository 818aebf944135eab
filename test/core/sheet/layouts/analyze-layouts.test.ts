import { analyzeSheet } from '../../../../src/core/plan/analyze-sheet';
import { buildPlan } from '../../../../src/core/plan/build-plan';
import { checkCoverage } from '../../../../src/core/plan/check-coverage';
import { makePeriod } from '../../../../src/core/plan/make-period';
import type { Activity } from '../../../../src/core/plan/activity';
import type { Analysis } from '../../../../src/core/plan/analysis';
import type { CellValue } from '../../../../src/core/sheet/grid';
import type { HeaderMatch } from '../../../../src/core/sheet/header/header-match';
import { grid } from '../../../helpers/grid';

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const TITLE = '2025年XX医院工会工作安排';
const LETTERS = 'ABCDEFGHIJKLMNO';

function activity(partial: Pick<Activity, 'row' | 'text' | 'monthText' | 'cells'> & Partial<Activity>): Activity {
  const month = MONTHS.indexOf(partial.monthText) + 1;
  return {
    timing: month > 0 ? 'months' : 'year_long',
    months: month > 0 ? [month] : [],
    group: null,
    owner: null,
    status: null,
    statusKind: null,
    notes: null,
    ...partial,
  };
}

/** The whole analysis of a 2025 sheet with these activities and this header: plan and coverage by core's own functions. */
function expected(header: HeaderMatch, activities: Activity[], titled = true): { ok: true; analysis: Analysis } {
  const period = makePeriod({ year: titled ? 2025 : null });
  return {
    ok: true,
    analysis: {
      sheet: '活动安排',
      header,
      unit: titled ? 'XX医院工会' : null,
      period,
      activities,
      plan: buildPlan(activities, period),
      coverage: checkCoverage(activities, period),
      issues: [],
    },
  };
}

/**
 * Months across, as the reference plans are often drawn: a title row, the corner, 一月…十二月, 全年
 * and 备注; 思想建设 merged down over two rows, a blank row, several items in one cell.
 */
function acrossRows(corner: CellValue): CellValue[][] {
  const row = (label: CellValue, cells: Record<string, CellValue>): CellValue[] => [
    label,
    ...'BCDEFGHIJKLMNO'.split('').map((l) => cells[l] ?? null),
  ];
  return [
    [TITLE],
    [corner, ...MONTHS, '全年', '备注'],
    row('思想建设', { B: '学习文件', D: '1、教代会\n2、校务公开', N: '理论学习', O: '党委牵头' }),
    row(null, { E: '民主评议' }),
    [],
    row('文体活动', { C: '春节联欢', D: '庆三八' }),
  ];
}

function acrossActivities(): Activity[] {
  const at = (col: string, row: number, group: string) => ({ group: `A${group}`, month: `${col}2`, activity: `${col}${row}` });
  const month = (col: string) => (col === 'N' ? '全年' : MONTHS[LETTERS.indexOf(col) - 1]);
  const item = (text: string, col: string, row: number, groupRow: number, group: string, notes: string | null) =>
    activity({ row, text, monthText: month(col), group, notes, cells: { ...at(col, row, String(groupRow)), notes: `O${row}` } });
  return [
    item('学习文件', 'B', 3, 3, '思想建设', '党委牵头'),
    item('教代会', 'D', 3, 3, '思想建设', '党委牵头'),
    item('校务公开', 'D', 3, 3, '思想建设', '党委牵头'),
    item('理论学习', 'N', 3, 3, '思想建设', '党委牵头'),
    item('民主评议', 'E', 4, 3, '思想建设', null),
    item('春节联欢', 'C', 6, 6, '文体活动', null),
    item('庆三八', 'D', 6, 6, '文体活动', null),
  ];
}

function acrossHeader(corner: string): HeaderMatch {
  return {
    layout: 'months_across',
    row: 1,
    columns: { group: { field: 'group', col: 0, header: corner }, notes: { field: 'notes', col: 14, header: '备注' } },
    title: TITLE,
    matrix: [...MONTHS, '全年'].map((header, i) => ({ col: i + 1, header })),
  };
}

describe('analyzeSheet on the layouts people draw', () => {
  it('reads a list: one row per activity, month and group columns', () => {
    const rows: CellValue[][] = [
      [TITLE],
      ['月份', '活动内容', '工作类别', '备注'],
      ['一月', '学习文件', '思想建设', '党委牵头'],
      ['三月', '教代会', '思想建设', null],
      [null, '庆三八', '文体活动', null],
      ['全年', '理论学习', '思想建设', null],
    ];
    const cells = (r: number) => ({ month: `A${r}`, activity: `B${r}`, group: `C${r}`, notes: `D${r}` });
    const result = analyzeSheet(grid(rows, { merges: ['A1:D1', 'A4:A5'] }));
    expect(result).toEqual(
      expected(
        {
          layout: 'list',
          row: 1,
          columns: {
            month: { field: 'month', col: 0, header: '月份' },
            activity: { field: 'activity', col: 1, header: '活动内容' },
            group: { field: 'group', col: 2, header: '工作类别' },
            notes: { field: 'notes', col: 3, header: '备注' },
          },
          title: TITLE,
        },
        [
          activity({ row: 3, text: '学习文件', monthText: '一月', group: '思想建设', notes: '党委牵头', cells: cells(3) }),
          activity({ row: 4, text: '教代会', monthText: '三月', group: '思想建设', cells: cells(4) }),
          activity({ row: 5, text: '庆三八', monthText: '三月', group: '文体活动', cells: { ...cells(5), month: 'A4' } }),
          activity({ row: 6, text: '理论学习', monthText: '全年', group: '思想建设', cells: cells(6) }),
        ],
      ),
    );
  });

  it.each(['项目', '工作类别', '内容', '事项', '工作内容'])(
    'reads months across with %j in the corner: the label holds the groups',
    (corner) => {
      const result = analyzeSheet(grid(acrossRows(corner), { merges: ['A1:O1', 'A3:A4'] }));
      expect(result).toEqual(expected(acrossHeader(corner), acrossActivities()));
    },
  );

  it('reads months across with nothing in the corner', () => {
    const result = analyzeSheet(grid(acrossRows(null), { merges: ['A1:O1', 'A3:A4'] }));
    expect(result).toEqual(expected(acrossHeader(''), acrossActivities()));
  });

  it('reads months across whose months are written 1月…12月, with no label column at all', () => {
    const result = analyzeSheet(grid([MONTHS.map((_, i) => `${i + 1}月`), ['元旦联欢', null, '庆三八']]));
    const cells = (col: string) => ({ month: `${col}1`, activity: `${col}2` });
    const matrix = MONTHS.map((_, i) => ({ col: i, header: `${i + 1}月` }));
    const header: HeaderMatch = { layout: 'months_across', row: 0, columns: {}, title: null, matrix };
    const activities = [
      activity({ row: 2, text: '元旦联欢', monthText: '1月', timing: 'months', months: [1], cells: cells('A') }),
      activity({ row: 2, text: '庆三八', monthText: '3月', timing: 'months', months: [3], cells: cells('C') }),
    ];
    expect(result).toEqual(expected(header, activities, false));
  });

  it('reads the transposed matrix: months down the first column, task groups across', () => {
    const rows: CellValue[][] = [
      [TITLE],
      ['月份', '思想建设', '文体活动'],
      ...MONTHS.map((m, i): CellValue[] => [
        m,
        ...([
          ['学习文件', null],
          [null, '春节联欢'],
          ['1、教代会；2、校务公开', '庆三八'],
          ['民主评议', null],
        ][i] ?? []),
      ]),
      ['全年', '理论学习', null],
    ];
    const cells = (row: number, col: string) => ({ month: `A${row}`, activity: `${col}${row}`, group: `${col}2` });
    const result = analyzeSheet(grid(rows, { merges: ['A1:C1'] }));
    expect(result).toEqual(
      expected(
        {
          layout: 'months_down',
          row: 1,
          columns: { month: { field: 'month', col: 0, header: '月份' } },
          title: TITLE,
          matrix: [
            { col: 1, header: '思想建设' },
            { col: 2, header: '文体活动' },
          ],
        },
        [
          activity({ row: 3, text: '学习文件', monthText: '一月', group: '思想建设', cells: cells(3, 'B') }),
          activity({ row: 5, text: '教代会', monthText: '三月', group: '思想建设', cells: cells(5, 'B') }),
          activity({ row: 5, text: '校务公开', monthText: '三月', group: '思想建设', cells: cells(5, 'B') }),
          activity({ row: 6, text: '民主评议', monthText: '四月', group: '思想建设', cells: cells(6, 'B') }),
          activity({ row: 15, text: '理论学习', monthText: '全年', group: '思想建设', cells: cells(15, 'B') }),
          activity({ row: 4, text: '春节联欢', monthText: '二月', group: '文体活动', cells: cells(4, 'C') }),
          activity({ row: 5, text: '庆三八', monthText: '三月', group: '文体活动', cells: cells(5, 'C') }),
        ],
      ),
    );
  });
});
