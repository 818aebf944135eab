import { columnChoices } from '../../../../src/core/sheet/header/column-choices';
import { grid } from '../../../helpers/grid';

describe('columnChoices', () => {
  it('lists every column with the header row text', () => {
    const g = grid(
      [
        ['2024年活动安排', null, null],
        ['月份', '活动内容', null],
        ['1月', '元旦', '备用'],
      ],
      { start: 'B2' },
    );
    expect(columnChoices(g, 2)).toEqual([
      { letters: 'B', header: '月份' },
      { letters: 'C', header: '活动内容' },
      { letters: 'D', header: '' },
    ]);
  });

  it('uses the first row when there is no header row', () => {
    expect(columnChoices(grid([['a', 'b']]), null)).toEqual([
      { letters: 'A', header: 'a' },
      { letters: 'B', header: 'b' },
    ]);
  });

  it('offers the columns that hold a cell, so a stray value in XFD adds one choice', () => {
    const g = grid([
      ['月份', '活动'],
      ['1月', '元旦'],
    ]);
    const stray = { ...g, rows: [...g.rows, { row: 1048575, cols: [16383], values: ['x'] }] };
    expect(columnChoices(stray, 0)).toEqual([
      { letters: 'A', header: '月份' },
      { letters: 'B', header: '活动' },
      { letters: 'XFD', header: '' },
    ]);
  });
});
