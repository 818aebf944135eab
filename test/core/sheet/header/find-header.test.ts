import { findHeader } from '../../../../src/core/sheet/header/find-header';
import { grid } from '../../../helpers/grid';

describe('findHeader', () => {
  it('finds the header below a merged title row and keeps the title', () => {
    const g = grid(
      [
        ['2023年学校工会主要活动安排表'],
        ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况', '备注'],
        [1, '一月', '元旦活动', '文体活动', '张老师', '已完成', ''],
      ],
      { merges: ['A1:G1'] },
    );
    expect(findHeader(g)).toEqual({
      layout: 'list',
      row: 1,
      title: '2023年学校工会主要活动安排表',
      columns: {
        month: { field: 'month', col: 1, header: '月份' },
        activity: { field: 'activity', col: 2, header: '活动内容' },
        group: { field: 'group', col: 3, header: '工作类别' },
        owner: { field: 'owner', col: 4, header: '负责人' },
        status: { field: 'status', col: 5, header: '完成情况' },
        notes: { field: 'notes', col: 6, header: '备注' },
      },
    });
  });

  it('tolerates spaces, full-width brackets and notes such as （必填）', () => {
    const g = grid([['月 份（必填）', ' 活 动 名 称 ', '任务组（选填）：', '责任人*']]);
    expect(findHeader(g)?.columns).toEqual({
      month: { field: 'month', col: 0, header: '月 份（必填）' },
      activity: { field: 'activity', col: 1, header: '活 动 名 称' },
      group: { field: 'group', col: 2, header: '任务组（选填）：' },
      owner: { field: 'owner', col: 3, header: '责任人*' },
    });
  });

  it('recognises English headers case-insensitively', () => {
    const g = grid([['Month', 'Activity', 'Category', 'Owner', 'Status', 'Notes']]);
    expect(Object.keys(findHeader(g)!.columns)).toEqual(['month', 'activity', 'group', 'owner', 'status', 'notes']);
  });

  it('takes the head noun of a compound: 活动时间 is the month, 活动内容 the activity', () => {
    const g = grid([['活动时间', '活动内容']]);
    expect(findHeader(g)?.columns).toEqual({
      month: { field: 'month', col: 0, header: '活动时间' },
      activity: { field: 'activity', col: 1, header: '活动内容' },
    });
  });

  it('reads a two-row header whose cells are merged down, taking sub-headers from the second row', () => {
    const g = grid(
      [
        ['月份', '活动内容', '负责', null],
        [null, null, '负责人', '完成情况'],
        ['1月', '元旦', '张', '已完成'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    expect(findHeader(g)).toEqual({
      layout: 'list',
      row: 0,
      lastRow: 1,
      title: null,
      columns: {
        month: { field: 'month', col: 0, header: '月份' },
        activity: { field: 'activity', col: 1, header: '活动内容' },
        owner: { field: 'owner', col: 2, header: '负责' },
        status: { field: 'status', col: 3, header: '完成情况' },
      },
    });
  });

  it('gives null when no row has both a month and an activity column', () => {
    expect(
      findHeader(
        grid([
          ['姓名', '部门'],
          ['张三', '办公室'],
        ]),
      ),
    ).toBeNull();
    expect(findHeader(grid([['月份', '负责人']]))).toBeNull();
    expect(findHeader(grid([]))).toBeNull();
  });

  it('applies column overrides in the header row, taking the column away from another field', () => {
    const g = grid([['时间', '事项', '说明']]);
    expect(findHeader(g, { columns: { activity: 'C' } })?.columns).toEqual({
      month: { field: 'month', col: 0, header: '时间' },
      activity: { field: 'activity', col: 2, header: '说明' },
    });
  });

  it('reports absolute rows and columns for a grid that does not start at A1', () => {
    const g = grid([['月份', '活动']], { start: 'C4' });
    expect(findHeader(g)).toEqual({
      layout: 'list',
      row: 3,
      title: null,
      columns: { month: { field: 'month', col: 2, header: '月份' }, activity: { field: 'activity', col: 3, header: '活动' } },
    });
  });
});

describe('findHeader on matrices', () => {
  const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
  const across = (cols: number[]) => cols.map((col, i) => ({ col, header: MONTHS[i] }));

  it('takes a row of months with 项目 in the corner as months across, not 一月 as a month column', () => {
    const g = grid([
      ['项目', ...MONTHS],
      ['思想建设', '学习文件'],
    ]);
    expect(findHeader(g)).toEqual({
      layout: 'months_across',
      row: 0,
      title: null,
      columns: { group: { field: 'group', col: 0, header: '项目' } },
      matrix: across([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    });
  });

  it('finds the label left of a 负责人 column, and 备注 / 完成情况 right of the months', () => {
    const g = grid([
      ['序号', '工作类别', '负责人', ...MONTHS.slice(0, 6), '完成情况', '备注'],
      [1, '民主管理', '王芳', '教代会'],
    ]);
    expect(findHeader(g)).toEqual({
      layout: 'months_across',
      row: 0,
      title: null,
      columns: {
        group: { field: 'group', col: 1, header: '工作类别' },
        owner: { field: 'owner', col: 2, header: '负责人' },
        status: { field: 'status', col: 9, header: '完成情况' },
        notes: { field: 'notes', col: 10, header: '备注' },
      },
      matrix: across([3, 4, 5, 6, 7, 8]),
    });
  });

  it('reads a two-row header: 上半年 / 下半年 over the months, 工作类别 merged down', () => {
    const g = grid(
      [['2025年工作安排'], ['工作类别', '上半年', null, null, null, null, null, '下半年'], [null, ...MONTHS], ['民主管理', '教代会']],
      { merges: ['A2:A3', 'B2:G2', 'H2:M2'] },
    );
    expect(findHeader(g)).toEqual({
      layout: 'months_across',
      row: 2,
      title: '2025年工作安排',
      columns: { group: { field: 'group', col: 0, header: '工作类别' } },
      matrix: across([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    });
  });

  it('needs six different months: five are a header of something else', () => {
    expect(
      findHeader(
        grid([
          ['项目', '一月', '二月', '三月', '四月', '五月'],
          ['思想建设', '学习'],
        ]),
      ),
    ).toEqual({
      layout: 'list',
      row: 0,
      title: null,
      columns: { activity: { field: 'activity', col: 0, header: '项目' }, month: { field: 'month', col: 1, header: '一月' } },
    });
  });

  it('takes months across over figures only for a budget, which is no schedule', () => {
    expect(
      findHeader(
        grid([
          ['项目', ...MONTHS],
          ['慰问经费', 1200, 800, 500],
        ]),
      ),
    ).toBeNull();
  });

  it('takes months down the first column with task groups across as the transposed matrix', () => {
    const g = grid([['月份', '思想教育', '文体活动', '关爱服务', '负责人'], ...MONTHS.map((m) => [m, '学习', '联欢', null, '张'])]);
    expect(findHeader(g)).toEqual({
      layout: 'months_down',
      row: 0,
      title: null,
      columns: { month: { field: 'month', col: 0, header: '月份' }, owner: { field: 'owner', col: 4, header: '负责人' } },
      matrix: [
        { col: 1, header: '思想教育' },
        { col: 2, header: '文体活动' },
        { col: 3, header: '关爱服务' },
      ],
    });
  });

  it('takes the transposed matrix with nothing in the corner', () => {
    const g = grid([[null, '思想教育', '文体活动'], ...MONTHS.map((m) => [m, '学习', '联欢'])]);
    expect(findHeader(g)?.layout).toBe('months_down');
    expect(findHeader(g)?.columns).toEqual({ month: { field: 'month', col: 0, header: '' } });
  });

  it.each([
    ['an activity column by its name', [['月份', '活动内容', '负责人'], ...MONTHS.map((m) => [m, '活动', '张'])]],
    ['a column only a list has (地点)', [['时间', '活动安排', '地点', '参加对象'], ...MONTHS.map((m) => [m, '活动', '会议室', '全体'])]],
    [
      'months merged over several rows',
      [
        ['月份', '工会活动', '其他'],
        ...MONTHS.flatMap((m) => [
          [m, '活动', 'x'],
          [null, '活动二', 'y'],
        ]),
      ],
    ],
    ['a 序号 column of numbers first', [['序号', '工会活动', '其他'], ...MONTHS.map((_, i) => [i + 1, '活动', 'x'])]],
  ])('keeps a list with one activity a month a list when it has %s', (_, rows) => {
    const layout = findHeader(grid(rows as (string | number | null)[][]))?.layout ?? null;
    expect(layout === 'months_down').toBe(false);
  });

  it('takes a count by month (our own 覆盖检查 sheet) for no transposed matrix: it stays what a list header makes of it', () => {
    const g = grid([['月份', '文体活动', '关爱服务', '合计', '状态'], ...MONTHS.map((m) => [m, 1, 0, 1, '已覆盖'])]);
    expect(findHeader(g)?.layout).toBe('list');
    const counts = grid([['月份', '思想教育', '关爱服务', '合计'], ...MONTHS.map((m) => [m, 1, 0, 1])]);
    expect(findHeader(counts)).toBeNull();
  });

  it('reads a list when the month or the activity column is overridden', () => {
    const g = grid([
      ['项目', ...MONTHS],
      ['思想建设', '学习文件'],
    ]);
    expect(findHeader(g, { columns: { month: 'B', activity: 'A' } })).toEqual({
      layout: 'list',
      row: 0,
      title: null,
      columns: { month: { field: 'month', col: 1, header: '一月' }, activity: { field: 'activity', col: 0, header: '项目' } },
    });
  });
});
