import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { settingsToRows, SETTINGS_SHEET } from '../../src/core/settings/plan-settings';
import { PortError } from '../../src/core/ports/workbook-port';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { makePackage } from '../helpers/make-package';
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

  it('reads a date in 2024年9月10日 format (built-in id 31, which styles.xml does not define) as a date with its format', async () => {
    const grid = (await readWorkbook(await chineseExcelFile(31, { keepNumFmts: true }))).sheets[0];
    expect([rectangle(grid).values[1], rectangle(grid).formats[1]]).toEqual([
      [45545, '教师节活动'],
      ['yyyy"年"m"月"d"日"', 'General'],
    ]);
  });

  it('reads a date in m月d日 format (built-in id 58) with no numFmts element, in a zip with data descriptors', async () => {
    const grid = (await readWorkbook(await chineseExcelFile(58, { keepNumFmts: false, streamFiles: true }))).sheets[0];
    expect([rectangle(grid).values[1][0], rectangle(grid).formats[1][0]]).toEqual([45545, 'm"月"d"日"']);
  });

  it('gives the origin of data that starts below and right of A1', async () => {
    const bytes = await makeXlsx([
      {
        name: 'S',
        start: 'C4',
        rows: [
          ['月份', '活动'],
          ['1月', '元旦活动'],
        ],
      },
    ]);
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

  it('reads rich text, hyperlinks, errors, booleans and formulas by what the cell shows; a formula never saved as such', async () => {
    const bytes = await makeXlsx([
      {
        name: 'S',
        rows: [
          ['月份', '活动'],
          [{ richText: ['十', '月'] }, { text: '师德师风讲座', hyperlink: 'https://example.org/' }],
          [{ error: '#N/A' }, true],
          [
            { formula: 'TEXT(4,"0")&"月"', result: '4月' },
            { formula: '1+1', result: 2 },
          ],
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
      {
        name: 'Schedule',
        rows: [
          ['Month', 'Activity', 'Group'],
          ['Jan', 'New Year party', 'Culture'],
        ],
      },
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

  it('reads back any text exceljs writes as a shared string or as a string cell, and any number', async () => {
    // What exceljs cannot write is left out: characters XML cannot hold, and _xHHHH_, which exceljs
    // does not escape (Excel itself would read it as the character it names).
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/g, ''))
      .filter((t) => t.length > 0);
    const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(text, number), { minLength: 1, maxLength: 12 }), async (cells) => {
        const expected = cells.map((v, i) => ({ row: i, cols: [0], values: [typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v] }));
        for (const bytes of [await sharedStringWorkbook(cells), await stringCellWorkbook(cells)]) {
          expect((await readWorkbook(bytes)).sheets[0].rows).toEqual(expected);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reads back any text written as an inline string, escaped as XML and as _xHHHH_', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), { maxLength: 9 }), async (texts) => {
        const cell = (t: string, i: number) => `<c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${asXstring(t)}</t></is></c>`;
        const cells = texts.map((t, i) => `<row r="${i + 1}">${cell(t, i)}</row>`);
        const rows = (await readWorkbook(makePackage({ sheetData: cells.join('') }))).sheets[0].rows;
        expect(rows).toEqual(texts.map((t, i) => ({ row: i, cols: [0], values: [t.replace(/[\ud800-\udfff]/gu, '\ufffd')] })));
      }),
      { numRuns: 30 },
    );
  });
});

/**
 * A workbook as a Chinese Excel writes it: the date cell uses a built-in,
 * language-dependent format id that styles.xml does not define.
 */
async function chineseExcelFile(id: number, options: { keepNumFmts: boolean; streamFiles?: boolean }): Promise<Uint8Array> {
  const rows = [
    ['月份', '活动内容'],
    [{ date: '2024-09-10' }, '教师节活动'],
  ];
  const zip = await JSZip.loadAsync(await makeXlsx([{ name: '活动安排', rows }]));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const numFmts = options.keepNumFmts ? '<numFmts count="0"/>' : '';
  const defined = /<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\/m\/d"\/><\/numFmts>/;
  zip.file('xl/styles.xml', styles.replace(defined, numFmts).replace('numFmtId="164"', `numFmtId="${id}"`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: options.streamFiles ?? false });
}

async function sharedStringWorkbook(cells: readonly (string | number)[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  cells.forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** exceljs's streaming writer without shared strings puts text in the cell itself (t="str"). */
async function stringCellWorkbook(cells: readonly (string | number)[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const ws = wb.addWorksheet('S');
  cells.forEach((v, i) => {
    ws.getCell(i + 1, 1).value = v;
    ws.getRow(i + 1).commit();
  });
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** Text as Excel writes a string item: XML escapes, and _xHHHH_ for what XML cannot hold (and for `_x` itself). */
function asXstring(text: string): string {
  return text
    .replace(/_x/g, '_x005F_x')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
