import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { rectangle } from '../helpers/grid';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', '2024年工会活动安排.xlsx');

describe('the sample schedule', () => {
  it('has a merged title, the header, merged month cells, a real date and a #N/A, then a notes sheet', async () => {
    const data = await readWorkbook(await readFile(SAMPLE));
    expect(data.sheets.map((s) => s.sheetName)).toEqual(['活动安排', '说明']);
    const [sheet] = data.sheets;
    const grid = { ...rectangle(sheet), merges: sheet.merges };
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values[0][0]).toBe('2024年××学校工会主要活动安排表');
    expect(grid.values[1]).toEqual(['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况', '备注']);
    expect(grid.values.length).toBe(33);
    const months = grid.values.slice(2).map((r) => r[1]);
    expect(months).toEqual([
      '1月',
      null,
      '二月',
      null,
      '第一季度',
      '三月',
      null,
      null,
      '3-4月',
      '4月',
      null,
      '五月',
      null,
      45545,
      null,
      '十月',
      null,
      '11月',
      null,
      '十二月',
      null,
      null,
      '第四季度',
      '全年',
      null,
      '待定',
      '十三月',
      '正月',
      '5月',
      '十二月',
      { error: '#N/A' },
    ]);
    expect(grid.formats[15][1]).toBe('yyyy/m/d');
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 6 },
      ...[
        [2, 3],
        [4, 5],
        [7, 9],
        [11, 12],
        [13, 14],
        [15, 16],
        [17, 18],
        [19, 20],
        [21, 23],
        [25, 26],
      ].map(([top, bottom]) => ({ top, left: 1, bottom, right: 1 })),
    ]);
    expect(new Set(grid.values.slice(2).map((r) => r[5]))).toEqual(new Set(['已完成', '进行中', '未完成', '取消', null]));
  });
});
