import { findHeader } from '../../src/core/find-header';
import { grid } from '../helpers/grid';

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
    expect(findHeader(grid([['姓名', '部门'], ['张三', '办公室']]))).toBeNull();
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
      row: 3,
      title: null,
      columns: { month: { field: 'month', col: 2, header: '月份' }, activity: { field: 'activity', col: 3, header: '活动' } },
    });
  });
});
