import JSZip from 'jszip';
import { settingsToRows, SETTINGS_SHEET } from '../../src/core/plan-settings';
import { PortError } from '../../src/core/workbook-port';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { makeXlsx } from '../helpers/make-xlsx';
import { rectangle } from '../helpers/grid';

const HEADER = ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况', '备注'];
const G = 'General';

describe('readWorkbook', () => {
  it('reads a title row, a header and merged month cells as the used range with its merged areas', async () => {
    const bytes = await makeXlsx([
      {
        name: '活动安排',
        rows: [
          ['2024年××学校工会主要活动安排表'],
          HEADER,
          [1, '三月', '三八节活动', '文体活动', '王老师', '已完成'],
          [2, null, '慰问女教职工', '关爱服务', '李老师', '未完成'],
        ],
        merges: ['A1:G1', 'B3:B4'],
      },
    ]);
    const data = await readWorkbook(bytes);
    expect(data).toEqual({
      kind: 'xlsx',
      sheets: [
        {
          sheetName: '活动安排',
          rows: [
            { row: 0, cols: [0], values: ['2024年××学校工会主要活动安排表'] },
            { row: 1, cols: [0, 1, 2, 3, 4, 5, 6], values: HEADER },
            { row: 2, cols: [0, 1, 2, 3, 4, 5], values: [1, '三月', '三八节活动', '文体活动', '王老师', '已完成'] },
            { row: 3, cols: [0, 2, 3, 4, 5], values: [2, '慰问女教职工', '关爱服务', '李老师', '未完成'] },
          ],
          merges: [
            { top: 0, left: 0, bottom: 0, right: 6 },
            { top: 2, left: 1, bottom: 3, right: 1 },
          ],
        },
      ],
      settings: {},
      sheetNames: ['活动安排'],
      sheetTables: { 活动安排: [] },
    });
  });

  it('gives the origin of data that starts below and right of A1', async () => {
    const bytes = await makeXlsx([{ name: 'S', start: 'C4', rows: [['月份', '活动'], ['1月', '元旦活动']] }]);
    const [grid] = (await readWorkbook(bytes)).sheets;
    expect(grid).toEqual({
      sheetName: 'S',
      rows: [
        { row: 3, cols: [2, 3], values: ['月份', '活动'] },
        { row: 4, cols: [2, 3], values: ['1月', '元旦活动'] },
      ],
      merges: [],
    });
  });

  it('turns dates into Excel serials with their number format, keeping the time of day and serials below 61', async () => {
    const bytes = await makeXlsx([
      {
        name: 'S',
        rows: [
          ['月份', '活动'],
          [{ date: '2024-09-10' }, '教师节活动'],
          [new Date(Date.UTC(2024, 2, 1, 12, 0, 0)), '三八节活动'],
          [3, '月份格式的数字'],
          [45000, '普通数字'],
        ],
        formats: { A3: 'yyyy-mm-dd hh:mm', A4: 'm"月"', A5: '0' },
      },
    ]);
    const [grid] = (await readWorkbook(bytes)).sheets;
    expect(rectangle(grid).values).toEqual([
      ['月份', '活动'],
      [45545, '教师节活动'],
      [45352.5, '三八节活动'],
      [3, '月份格式的数字'],
      [45000, '普通数字'],
    ]);
    expect(rectangle(grid).formats).toEqual([
      [G, G],
      ['yyyy/m/d', G],
      ['yyyy-mm-dd hh:mm', G],
      ['m"月"', G],
      ['0', G],
    ]);
  });

  it('reads rich text, hyperlinks, error values, booleans and formulas by what the cell shows, and marks a formula with no saved result', async () => {
    const bytes = await makeXlsx([
      {
        name: 'S',
        rows: [
          ['月份', '活动'],
          [{ richText: ['十', '月'] }, { text: '师德师风讲座', hyperlink: 'https://example.org/' }],
          [{ error: '#N/A' }, true],
          [{ formula: 'TEXT(4,"0")&"月"', result: '4月' }, { formula: '1+1', result: 2 }],
          [{ formula: 'NA()', result: { error: '#N/A' } }, { formula: 'A1' }],
          ['=不是公式', '+1'],
        ],
      },
    ]);
    const [grid] = (await readWorkbook(bytes)).sheets;
    expect(rectangle(grid).values).toEqual([
      ['月份', '活动'],
      ['十月', '师德师风讲座'],
      [{ error: '#N/A' }, true],
      ['4月', 2],
      [{ error: '#N/A' }, { formula: 'A1' }],
      ['=不是公式', '+1'],
    ]);
  });

  it('reads English headers and every visible sheet in order, leaving out hidden ones and the settings sheet', async () => {
    const bytes = await makeXlsx([
      { name: 'Notes', rows: [['Read me']] },
      { name: 'Hidden', rows: [['x']], state: 'hidden' },
      { name: 'Schedule', rows: [['Month', 'Activity', 'Group'], ['Jan', 'New Year party', 'Culture']] },
      { name: SETTINGS_SHEET, rows: settingsToRows({ year: 2024, exempt: [7, 8] }), state: 'veryHidden' },
    ]);
    const data = await readWorkbook(bytes);
    expect(data.sheets.map((s) => [s.sheetName, rectangle(s).values])).toEqual([
      ['Notes', [['Read me']]],
      [
        'Schedule',
        [
          ['Month', 'Activity', 'Group'],
          ['Jan', 'New Year party', 'Culture'],
        ],
      ],
    ]);
    expect(data.settings).toEqual({ year: 2024, exempt: [7, 8] });
    expect(data.sheetNames).toEqual(['Notes', 'Hidden', 'Schedule', SETTINGS_SHEET]);
  });

  it('gives an empty sheet as an empty grid at A1', async () => {
    const data = await readWorkbook(await makeXlsx([{ name: '空白' }]));
    expect(data.sheets).toEqual([{ sheetName: '空白', rows: [], merges: [] }]);
  });

  it('lists the tables of each sheet', async () => {
    const bytes = await makeXlsx([
      { name: 'A', tables: [{ name: 'Tbl_One', ref: 'A1', columns: ['x', 'y'], rows: [[1, 2]] }] },
      { name: 'B', rows: [['b']] },
    ]);
    expect((await readWorkbook(bytes)).sheetTables).toEqual({ A: ['Tbl_One'], B: [] });
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await makeXlsx([{ name: 'S', rows: [['月份']] }]);
    const copy = bytes.slice().buffer;
    expect(rectangle((await readWorkbook(copy)).sheets[0]).values).toEqual([['月份']]);
  });

  it.each([
    ['an empty file', async () => new Uint8Array(0), { code: 'file_empty' }],
    ['a truncated workbook', async () => (await makeXlsx([{ name: 'S', rows: [['x']] }])).slice(0, 300), { code: 'file_damaged' }],
    [
      'a zip that holds a Word document',
      async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', '<w:document/>');
        return zip.generateAsync({ type: 'uint8array' });
      },
      { code: 'file_not_spreadsheet', looksLike: 'word' },
    ],
    ['a PDF', async () => new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'), { code: 'file_not_spreadsheet', looksLike: 'pdf' }],
  ])('rejects %s with its file problem', async (_label, make, problem) => {
    const error = await readWorkbook(await make()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PortError);
    expect([(error as PortError).code, (error as PortError).problem]).toEqual([problem.code, problem]);
  });
});
