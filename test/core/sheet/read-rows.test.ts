import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { findHeader } from '../../../src/core/sheet/header/find-header';
import { formatIssue } from '../../../src/core/words/format-issue';
import { readRows, type ScheduleRow } from '../../../src/core/sheet/read-rows';
import type { CellValue, Grid } from '../../../src/core/sheet/grid';
import type { Issue, IssueCode, IssueOf } from '../../../src/core/issues/issue';
import { grid } from '../../helpers/grid';

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];

function read(g: Grid): { rows: ScheduleRow[]; issues: Issue[] } {
  return readRows(g, findHeader(g)!);
}

function row(
  r: number,
  text: string,
  monthText: string,
  months: number[] | null,
  cells: ScheduleRow['cells'],
  extra: Partial<ScheduleRow> = {},
): ScheduleRow {
  return {
    row: r,
    text,
    monthText,
    reading: months === null ? { kind: 'empty' } : { kind: 'months', months: months.map((month) => ({ month, year: null })) },
    group: null,
    owner: null,
    status: null,
    statusKind: null,
    notes: null,
    cells,
    ...extra,
  };
}

/** An issue of a code at a cell, with the data that code carries (none for a bare one). */
type DataOf<C extends IssueCode> = Omit<IssueOf<C>, 'code' | 'severity' | 'sheet' | 'cell'>;
const issue =
  (severity: Issue['severity']) =>
  <C extends IssueCode>(
    code: C,
    cell: string | null,
    ...data: [keyof DataOf<C>] extends [never] ? [DataOf<C>?] : [DataOf<C>]
  ): IssueOf<C> =>
    ({ code, severity, sheet: '活动安排', cell, ...data[0] }) as IssueOf<C>;
const warn = issue('warning');
const error = issue('error');

describe('readRows: blank month cells under a month', () => {
  const rows: CellValue[][] = [
    ['月份', '活动内容'],
    [null, '制定计划'],
    ['1月', '元旦联欢'],
    ['2月', '春节慰问'],
    [null, '走访离退休教师'],
    [null, '困难职工帮扶'],
    [null, '学习文件'],
    [],
    [null, '工会例会'],
    ['三月', '庆三八'],
    [null, '植树'],
  ];
  const cells = (r: number, month = `A${r}`) => ({ month, activity: `B${r}` });

  it('counts them for the month above, up to the next month or a blank row, with one warning per run at its first cell', () => {
    expect(read(grid(rows))).toEqual({
      rows: [
        row(2, '制定计划', '', null, cells(2)),
        row(3, '元旦联欢', '1月', [1], cells(3)),
        row(4, '春节慰问', '2月', [2], cells(4)),
        row(5, '走访离退休教师', '2月', [2], cells(5, 'A4')),
        row(6, '困难职工帮扶', '2月', [2], cells(6, 'A4')),
        row(7, '学习文件', '2月', [2], cells(7, 'A4')),
        row(9, '工会例会', '', null, cells(9)),
        row(10, '庆三八', '三月', [3], cells(10)),
        row(11, '植树', '三月', [3], cells(11, 'A10')),
      ],
      issues: [
        warn('month_missing', 'A2', { value: '' }),
        warn('month_filled_from_above', 'A5', { lastCell: 'A7', value: '2月' }),
        warn('month_missing', 'A9', { value: '' }),
        warn('month_filled_from_above', 'A11', { value: '三月' }),
      ],
    });
  });

  it('words the warning with the blank cells and the month taken', () => {
    const issues = read(grid(rows)).issues.filter((i) => i.code === 'month_filled_from_above');
    expect(issues.map((i) => [formatIssue(i, 'zh'), formatIssue(i, 'en')])).toEqual([
      ['A5–A7 月份空白，按上方的“2月”计入。', 'A5–A7: the month is blank; counted as "2月" from above.'],
      ['A11 月份空白，按上方的“三月”计入。', 'A11: the month is blank; counted as "三月" from above.'],
    ]);
  });

  it('leaves a merged month cell to the merge, and fills the blank cells below the merge from it', () => {
    const g = grid(
      [
        ['月份', '活动内容'],
        ['2月', '春节慰问'],
        [null, '走访'],
        [null, '帮扶'],
      ],
      { merges: ['A2:A3'] },
    );
    expect(read(g)).toEqual({
      rows: [
        row(2, '春节慰问', '2月', [2], cells(2)),
        row(3, '走访', '2月', [2], cells(3, 'A2')),
        row(4, '帮扶', '2月', [2], cells(4, 'A2')),
      ],
      issues: [warn('month_filled_from_above', 'A4', { value: '2月' })],
    });
  });

  it('reads the filled rows in the plan and its coverage', () => {
    const result = analyzeSheet(grid(rows));
    expect(result.ok && result.analysis.coverage.months.slice(0, 3).map((m) => m.count)).toEqual([1, 4, 2]);
  });
});

describe('readRows: formulas with no saved result', () => {
  const formula = (text: string): CellValue => ({ formula: text });

  it('reports each at its cell, in place of a month problem, and reads the row as having no month', () => {
    const g = grid([
      ['序号', '月份', '活动内容'],
      [1, formula('TEXT(D2,"m月")'), '元旦联欢'],
      [2, '2月', '春节慰问'],
    ]);
    expect(read(g)).toEqual({
      rows: [
        row(2, '元旦联欢', '', null, { month: 'B2', activity: 'C2' }, { reading: { kind: 'unknown' } }),
        row(3, '春节慰问', '2月', [2], { month: 'B3', activity: 'C3' }),
      ],
      issues: [error('formula_not_calculated', 'B2')],
    });
    expect(formatIssue(error('formula_not_calculated', 'B2'), 'zh')).toBe(
      '这个单元格是公式，但文件里没有保存计算结果：请在 Excel 或 WPS 中打开并保存一次。',
    );
  });

  it('says so once for the sheet when a whole column is such formulas', () => {
    const g = grid([['序号', '月份', '活动内容'], ...[1, 2, 3].map((m) => [m, formula(`TEXT(D${m + 1},"m月")`), `活动${m}`])]);
    const result = read(g);
    expect(result.issues).toEqual([error('formula_column_not_calculated', null, { column: 'B', value: '月份' })]);
    expect(formatIssue(result.issues[0], 'zh')).toBe(
      'B 列（“月份”）全是公式，但文件里没有保存计算结果：请在 Excel 或 WPS 中打开并保存一次。',
    );
    expect(formatIssue(result.issues[0], 'en')).toBe(
      'Column B ("月份") holds only formulas, but the file holds no saved results for them: open the file in Excel or WPS and save it once.',
    );
    expect(result.rows.map((r) => r.reading.kind)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('skips a row whose activity is such a formula, and warns about a task group that is one', () => {
    const g = grid([
      ['月份', '活动内容', '工作类别'],
      ['1月', formula('A1'), '文体'],
      ['2月', '春节慰问', formula('B1')],
    ]);
    expect(read(g)).toEqual({
      rows: [row(3, '春节慰问', '2月', [2], { month: 'A3', activity: 'B3', group: 'C3' })],
      issues: [error('formula_not_calculated', 'B2'), warn('formula_not_calculated', 'C3')],
    });
  });

  it('reports them in a matrix too, a month column of them once', () => {
    const g = grid([
      ['项目', ...MONTHS],
      ['思想建设', formula('X'), '学习'],
      ['文体活动', formula('Y')],
    ]);
    expect(read(g).issues).toEqual([error('formula_column_not_calculated', null, { column: 'B', value: '一月' })]);
    const mixed = grid([
      ['项目', ...MONTHS],
      ['思想建设', formula('X'), '学习'],
      ['文体活动', '联欢'],
    ]);
    expect(read(mixed).issues).toEqual([error('formula_not_calculated', 'B2')]);
  });
});

describe('readRows: matrices', () => {
  it('makes a cell merged across months one item in each of them', () => {
    const g = grid(
      [
        ['项目', ...MONTHS],
        ['文体活动', null, null, '教工运动会'],
      ],
      { merges: ['D2:E2'] },
    );
    expect(read(g)).toEqual({
      rows: [row(2, '教工运动会', '三月、四月', [3, 4], { group: 'A2', month: 'D1', activity: 'D2' }, { group: '文体活动' })],
      issues: [],
    });
  });

  it('takes a cell that only marks its month as the row label scheduled then, the column left of it as the group', () => {
    const g = grid(
      [
        ['工作类别', '工作内容', ...MONTHS.map((_, i) => `${i + 1}月`)],
        ['民主管理', '教代会', '√', null, '√'],
        [null, '校务公开', '●'],
      ],
      {
        merges: ['A2:A3'],
      },
    );
    expect(read(g)).toEqual({
      rows: [
        row(2, '教代会', '1月、3月', [1, 3], { group: 'A2', month: 'C1', activity: 'B2' }, { group: '民主管理' }),
        row(3, '校务公开', '1月', [1], { group: 'A2', month: 'C1', activity: 'B3' }, { group: '民主管理' }),
      ],
      issues: [],
    });
  });

  it('passes over figures under a month and placeholders, and gives a row with no label no group', () => {
    const g = grid([
      ['项目', ...MONTHS],
      [null, 3, '—', '庆三八'],
      ['文体', true, '无'],
    ]);
    expect(read(g)).toEqual({ rows: [row(2, '庆三八', '三月', [3], { group: 'A2', month: 'D1', activity: 'D2' })], issues: [] });
  });

  it('reads no work from a row of notes or sums below the matrix', () => {
    const g = grid(
      [
        ['项目', ...MONTHS],
        ['文体', '联欢'],
        ['备注：', '以上安排视情况调整'],
        ['合计', '1'],
      ],
      { merges: ['B3:M3'] },
    );
    expect(read(g)).toEqual({
      rows: [row(2, '联欢', '一月', [1], { group: 'A2', month: 'B1', activity: 'B2' }, { group: '文体' })],
      issues: [],
    });
  });

  it('reports a repeated item in the same month and group once', () => {
    const g = grid([
      ['项目', ...MONTHS],
      ['文体', '联欢；联欢'],
    ]);
    expect(read(g).issues).toEqual([warn('duplicate_row', 'B2', { value: '联欢', firstRow: 2 })]);
  });

  it('reads no work from a row of notes below a transposed matrix', () => {
    const g = grid([['月份', '思想建设', '文体活动'], ...MONTHS.map((m) => [m, null, null]), ['备注', '以上安排视情况调整', null]]);
    expect(read(g)).toEqual({ rows: [], issues: [] });
  });

  it('counts blank month cells of a transposed matrix for the month above', () => {
    const g = grid([['月份', '思想建设', '文体活动'], ...MONTHS.map((m) => [m, `学${m}`, null]), [null, '补充学习', '联欢']]);
    const result = read(g);
    expect(result.rows.slice(-2).map((r) => [r.text, r.monthText, r.cells.month])).toEqual([
      ['补充学习', '十二月', 'A13'],
      ['联欢', '十二月', 'A13'],
    ]);
    expect(result.issues).toEqual([warn('month_filled_from_above', 'A14', { value: '十二月' })]);
  });

  it('starts the period at the first month of a matrix whose twelve months start in September', () => {
    const school = [...MONTHS.slice(8), ...MONTHS.slice(0, 8)];
    const result = analyzeSheet(
      grid([
        ['项目', ...school],
        ['文体', '开学'],
      ]),
    );
    expect(result.ok && result.analysis.period.months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
