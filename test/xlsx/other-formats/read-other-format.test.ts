import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import type { CellValue, Grid } from '../../../src/core/sheet/grid';
import { readOtherFormat } from '../../../src/xlsx/other-formats/read-other-format';
import { READ_LIMITS } from '../../../src/xlsx/read-limits';
import { readWorkbook } from '../../../src/xlsx/read-workbook';
import type { WorkbookData } from '../../../src/core/ports/workbook-data';
import { comparable, comparableBook, fixture, mapCells } from './fixtures';

const read = (name: string, kind: Parameters<typeof readOtherFormat>[1]): Promise<WorkbookData> =>
  readOtherFormat(fixture(name), kind, READ_LIMITS);

/** What the sample's .xlsx reads as, with PlanSheet's .xlsx reader: the reference for every other format. */
async function sample(): Promise<WorkbookData> {
  return readWorkbook(fixture('schedule.xlsx'));
}

/** A date cell of the sample (2024-09-10 under yyyy/m/d) as a text format shows it. */
const shownAsText = (value: CellValue): CellValue => (value === 45545 ? '2024/9/10' : value);

describe('the sample schedule saved by LibreOffice and SheetJS', () => {
  it.each([
    ['schedule.xls', 'xls'],
    ['schedule.ods', 'ods'],
    ['schedule.fods', 'fods'],
    ['schedule-sheetjs.xlsb', 'xlsb'],
  ] as const)('%s gives the same sheets, values, dates, merges and settings as the .xlsx', async (file, kind) => {
    const data = await read(file, kind);
    expect(data.kind).toBe(kind);
    expect(comparableBook(data)).toEqual(comparableBook(await sample()));
  });

  it("reads LibreOffice's web page of it with the same cells, the date as the text it shows, and the sheet names", async () => {
    const data = await read('schedule-libreoffice.html', 'html');
    const expected = comparableBook(await sample());
    expect(comparableBook(data)).toEqual({ ...expected, sheets: expected.sheets.map((s) => mapCells(s, shownAsText)) });
  });

  it('analyses every one of them exactly as the .xlsx', async () => {
    const reference = analyzeSheet((await sample()).sheets[0]);
    for (const [file, kind] of [
      ['schedule.xls', 'xls'],
      ['schedule.ods', 'ods'],
      ['schedule.fods', 'fods'],
      ['schedule-sheetjs.xlsb', 'xlsb'],
      ['schedule-libreoffice.html', 'html'],
    ] as const) {
      expect({ file, result: analyzeSheet((await read(file, kind)).sheets[0]) }).toEqual({ file, result: reference });
    }
  });
});

describe('the sample schedule exported as CSV and TSV', () => {
  const texts = [
    'schedule-utf8.csv',
    'schedule-utf8-bom.csv',
    'schedule-gb18030.csv',
    'schedule-gbk.csv',
    'schedule-utf16le.csv',
    'schedule-utf16be.csv',
    'schedule-tab.tsv',
    'schedule-semicolon.csv',
  ];

  /** The sample's first sheet as a CSV can hold it: no merged cells, the date as it was shown. */
  async function expectedSheet(): Promise<Grid> {
    const sheet = (await sample()).sheets[0];
    const rows = sheet.rows.map(({ formats: _, ...row }) => ({ ...row, values: row.values.map(shownAsText) }));
    return { ...sheet, sheetName: 'Sheet1', merges: [], rows };
  }

  it.each(texts)("%s reads as the sample's first sheet, whatever its encoding and delimiter", async (file) => {
    const data = await read(file, 'csv');
    const sheets = [await expectedSheet()];
    expect(data).toEqual({ kind: 'csv', sheets, settings: {}, sheetNames: ['Sheet1'], sheetTables: { Sheet1: [] } });
  });

  it('analyses like the .xlsx read without its merged cells, which CSV cannot carry', async () => {
    const sheet = (await sample()).sheets[0];
    const withoutMerges = analyzeSheet({ ...sheet, sheetName: 'Sheet1', merges: [] });
    expect(analyzeSheet((await read('schedule-gbk.csv', 'csv')).sheets[0])).toEqual(withoutMerges);
  });

  it('keeps a quoted note with quotes, a comma and a line break, and a far cell where it was', async () => {
    const [sheet] = (await read('features-utf8.csv', 'csv')).sheets;
    expect(sheet.rows.slice(5, 6)).toEqual([
      {
        row: 5,
        cols: [0, 1, 2, 3, 4, 5, 6],
        values: [4, '2025年5月', '劳模先进事迹报告会', '思想政治', '张主席', 'FALSE', '学习"两会"精神,\n（第二期）'],
      },
    ]);
    expect(sheet.rows[sheet.rows.length - 1]).toEqual({ row: 9, cols: [255], values: ['备用'] });
  });
});

describe('a workbook with 1904 dates, hidden sheets, settings and a stray far cell, as LibreOffice saves it', () => {
  it.each([
    ['features.xls', 'xls'],
    ['features.fods', 'fods'],
    ['features.ods', 'ods'],
  ] as const)('%s reads as the .xlsx it came from', async (file, kind) => {
    const reference = comparableBook(await readWorkbook(fixture('features.xlsx')));
    // LibreOffice 7.4 has no boolean cells: it opens TRUE and FALSE as =TRUE() and =FALSE() formulas
    // and writes them to OpenDocument as the numbers 1 and 0 (its .xls export turns them back into booleans).
    const booleansAsNumbers = (value: CellValue): CellValue => (typeof value === 'boolean' ? Number(value) : value);
    const expected = kind === 'xls' ? reference : { ...reference, sheets: reference.sheets.map((s) => mapCells(s, booleansAsNumbers)) };
    expect(comparableBook(await read(file, kind))).toEqual(expected);
  });

  it('moves dates from the 1904 date system into the 1900 one, and leaves plain numbers alone', async () => {
    const [sheet] = (await read('features.xls', 'xls')).sheets;
    expect(sheet.rows.slice(2, 4).map((r) => ({ values: r.values.slice(0, 2), formats: r.formats?.slice(0, 2) }))).toEqual([
      { values: [1, 45658], formats: [undefined, 'yyyy\\年m\\月'] },
      { values: [2, '制定本年度工会工作计划'], formats: undefined },
    ]);
  });

  it('leaves the hidden sheet and the settings sheet out of the sheets, keeps their names, and reads the settings', async () => {
    for (const [file, kind] of [
      ['features.xls', 'xls'],
      ['features.ods', 'ods'],
      ['features.fods', 'fods'],
    ] as const) {
      const data = await read(file, kind);
      expect({ file, sheets: data.sheets.map((s) => s.sheetName), names: data.sheetNames, settings: data.settings }).toEqual({
        file,
        sheets: ['活动安排', '说明'],
        names: ['活动安排', '草稿', '_plansheet', '说明'],
        settings: { unit: '××医院工会', year: 2025, exempt: [7, 8] },
      });
    }
  });
});

describe('files written by Excel 2016 and WPS (SheetJS test corpus)', () => {
  it.each([
    ['excel-1904.xls', 'xls'],
    ['excel-1904-biff5.xls', 'xls'],
    ['excel-1904.xlsb', 'xlsb'],
  ] as const)("%s (1904 date system) reads as Excel's own .xlsx of it", async (file, kind) => {
    expect(comparableBook(await read(file, kind))).toEqual(comparableBook(await readWorkbook(fixture('excel-1904.xlsx'))));
  });

  it('reads the OpenDocument copy the same, under the sheet name Excel gave it', async () => {
    const reference = (await readWorkbook(fixture('excel-1904.xlsx'))).sheets.map((s) => comparable({ ...s, sheetName: '1904' }));
    expect((await read('excel-1904.ods', 'ods')).sheets.map(comparable)).toEqual(reference);
  });

  it("reads a WPS .et as WPS's own .xlsx of it: text that looks like a formula stays text", async () => {
    const data = await read('wps-fn.et', 'xls');
    // WPS keeps the sheet's table in the .et too (a BIFF8 Feature record), which SheetJS does not report.
    const reference = comparableBook(await readWorkbook(fixture('wps-fn.xlsx')));
    expect(reference.sheetTables).toEqual({ Sheet1: ['Table1'] });
    expect(comparableBook(data)).toEqual({ ...reference, sheetTables: { Sheet1: [] } });
    expect(data.sheets[0].rows[1].values).toEqual(['EVALUATE', '=EVALUATE("1+1")', 2]);
  });
});

describe("an OA system's export: a GB2312 web page saved as .xls", () => {
  it("reads its one table under Excel's sheet name, with merged cells, line breaks, references and blank cells", async () => {
    expect(await read('oa-export-gb2312.xls', 'html')).toEqual({
      kind: 'html',
      sheets: [
        {
          sheetName: '活动安排',
          rows: [
            { row: 0, cols: [0], values: ['2024年××学校工会主要活动安排表'] },
            { row: 1, cols: [0, 1, 2, 3, 4, 5], values: ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况'] },
            { row: 2, cols: [0, 1, 2, 3, 4, 5], values: [1, '3月', '庆“三八”女教职工健步走', '文体活动', '王老师', '已完成'] },
            { row: 3, cols: [0, 2, 3, 4, 5], values: [2, '召开教职工代表大会\n审议工会经费预算', '民主管理', '张主席', '已完成'] },
            { row: 4, cols: [0, 1, 2, 3, 4, 5], values: [3, '2024-05', '• 五一劳动节 职工趣味运动会', '文体活动', '王老师', '进行中'] },
            { row: 5, cols: [0, 1, 2, 3, 4], values: [4, '2024/9/10', '庆祝教师节 & 表彰优秀教师', '师德建设', '校长室'] },
            { row: 6, cols: [0, 1, 2, 3, 4, 5], values: [5, '全年', '困难教职工帮扶', '关爱服务', '李老师', '进行中'] },
          ],
          merges: [
            { top: 0, left: 0, bottom: 0, right: 5 },
            { top: 2, left: 1, bottom: 3, right: 1 },
          ],
        },
      ],
      settings: {},
      sheetNames: ['活动安排'],
      sheetTables: { 活动安排: [] },
    });
  });

  it('gives core a schedule whose merged March covers both of its rows', async () => {
    const result = analyzeSheet((await read('oa-export-gb2312.xls', 'html')).sheets[0]);
    if (!result.ok) throw new Error('not a schedule');
    expect(result.analysis.activities.map((a) => [a.row, a.text, a.timing, a.months])).toEqual([
      [3, '庆“三八”女教职工健步走', 'months', [3]],
      [4, '召开教职工代表大会\n审议工会经费预算', 'months', [3]],
      [5, '五一劳动节 职工趣味运动会', 'months', [5]],
      [6, '庆祝教师节 & 表彰优秀教师', 'months', [9]],
      [7, '困难教职工帮扶', 'year_long', []],
    ]);
  });
});

describe('text in old .xls code pages', () => {
  it('reads a BIFF8 .xls whose CODEPAGE record says 1252 (as jxl writes it) as the same Unicode text, formula results too', async () => {
    const expected = [
      { row: 0, cols: [0, 1, 2], values: ['月份', '活动内容', '负责人'] },
      { row: 1, cols: [0, 1, 2], values: ['3月', '庆“三八”女教职工健步走', '王老师'] },
      { row: 2, cols: [0, 1, 2], values: ['4月', '庆“三八”女教职工健步走（第二期）', '王老师'] },
    ];
    const unicode = (await read('formulas.xls', 'xls')).sheets[0].rows;
    const codepage1252 = (await read('formulas-codepage-1252.xls', 'xls')).sheets[0].rows;
    expect([unicode, codepage1252]).toEqual([expected, expected]);
  });

  it('reads a BIFF5 .xls (Excel 95) in code page 936 as Chinese, not mojibake', async () => {
    const [sheet] = (await read('excel-biff5-gbk.xls', 'xls')).sheets;
    expect(sheet.rows[0].values).toEqual([1, 1463, '活动安排表', '1904-01-02']);
  });
});

describe("Excel's XML Spreadsheet 2003 saved as .xls by a reporting system", () => {
  it('reads its sheets, its date, its merged month and error value, and leaves the hidden sheet out', async () => {
    const data = await read('report-spreadsheetml.xls', 'spreadsheetml');
    expect({ ...data, sheets: data.sheets.map(comparable) }).toEqual({
      kind: 'spreadsheetml',
      sheets: [
        {
          sheetName: '活动安排',
          rows: [
            { row: 0, cols: [0], values: ['2024年××学校工会活动安排'], dates: [] },
            { row: 1, cols: [0, 1, 2, 3], values: ['月份', '活动内容', '负责人', '完成情况'], dates: [] },
            { row: 2, cols: [0, 1, 2, 3], values: [45352, '庆“三八”女教职工健步走', '王老师', '已完成'], dates: [0] },
            { row: 3, cols: [1, 2, 3], values: ['召开教职工代表大会', '张主席', { error: '#N/A' }], dates: [] },
            { row: 4, cols: [0, 1, 2, 3], values: ['5月', '职工趣味运动会', '王老师', 1], dates: [] },
          ],
          merges: [
            { top: 0, left: 0, bottom: 0, right: 3 },
            { top: 2, left: 0, bottom: 3, right: 0 },
          ],
        },
      ],
      settings: {},
      sheetNames: ['活动安排', '底稿'],
      sheetTables: { 活动安排: [], 底稿: [] },
    });
  });
});

describe('bytes as the command line reads them', () => {
  it.each([
    ['schedule.xls', 'xls'],
    ['schedule.ods', 'ods'],
    ['schedule-sheetjs.xlsb', 'xlsb'],
    ['schedule-gbk.csv', 'csv'],
    ['oa-export-gb2312.xls', 'html'],
  ] as const)('reads %s from a Node Buffer (a view into a larger pool) as from its own Uint8Array', async (file, kind) => {
    const bytes = fixture(file);
    const pool = Buffer.alloc(bytes.length + 64, 0xff);
    pool.set(bytes, 32);
    const view = pool.subarray(32, 32 + bytes.length);
    expect(await readOtherFormat(view, kind, READ_LIMITS)).toEqual(await readOtherFormat(bytes, kind, READ_LIMITS));
    expect(pool.subarray(32, 32 + bytes.length).equals(Buffer.from(bytes))).toBe(true);
  });
});
