import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GridRow } from '../../../src/core/sheet/grid';
import { readWorkbook } from '../../../src/xlsx/read-workbook';

/**
 * Workbooks written by LibreOffice, openpyxl and XlsxWriter (scripts/make-reader-fixtures.py),
 * read whole: every cell, format, merged area and sheet as core will see it.
 */
const read = async (name: string) => readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../fixtures/readers', name))));

/** 2025-05-01 as a serial of the 1900 date system. */
const MAY_DAY = 45778;
const HEADER_ROWS: GridRow[] = [
  { row: 0, cols: [0, 1, 2, 3], values: ['月份', '活动内容', '工作类别', '格式'] },
  { row: 1, cols: [0, 1, 2], values: ['一月', '元旦文艺汇演', '文体活动'] },
  { row: 2, cols: [0, 1, 2], values: ['2月', '春节慰问困难职工', '关爱服务'] },
  { row: 3, cols: [0, 1, 2], values: ['三月', '三八节女职工活动', '文体活动'] },
];
/** The header of the workbooks with no 格式 column. */
const THREE_HEADERS: GridRow = { row: 0, cols: [0, 1, 2], values: ['月份', '活动内容', '工作类别'] };
/** The built-in formats as a Chinese Excel shows them (ECMA-376 Part 1, 18.8.30, zh-cn). */
const ZH_CN: ReadonlyArray<readonly [number, string]> = [
  [14, 'yyyy/m/d'],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, 'm-d-yy'],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
];
/** The format openpyxl gives a date-time cell. */
const ISO_FORMAT = 'yyyy-mm-dd h:mm:ss';
const CUSTOM = ['yyyy\\年m\\月', 'm\\月d\\日', '[DBNum1][$-804]yyyy"年"m"月"'];

/** The rows after the dates: rich text, a boolean, an error, a cached formula result, a merged month. */
const TAIL_ROWS: GridRow[] = [
  { row: 27, cols: [0, 1, 2], values: ['十二月', '年终总结', true] },
  { row: 28, cols: [0, 1, 2], values: [{ error: '#N/A' }, '待定活动', 2] },
  { row: 29, cols: [0, 1], values: ['六月', '端午节活动'] },
  { row: 30, cols: [1], values: ['职工趣味运动会'] },
];

function dateRows(formats: readonly string[]): GridRow[] {
  const builtin = ZH_CN.map(([id], i) => ({
    row: 4 + i,
    cols: [0, 1, 2, 3],
    values: [MAY_DAY, `内置格式${id}`, '文体活动', id],
    formats: [formats[i], undefined, undefined, undefined],
  }));
  const custom = CUSTOM.map((code, i) => ({
    row: 24 + i,
    cols: [0, 1, 2, 3],
    values: [MAY_DAY, `自定义格式${i + 1}`, '师德建设', code],
    formats: [formats[ZH_CN.length + i], undefined, undefined, undefined],
  }));
  return [...builtin, ...custom];
}

const chineseDates = (formats: readonly string[]) => ({
  kind: 'xlsx',
  sheets: [
    {
      sheetName: '活动安排',
      rows: [...HEADER_ROWS, ...dateRows(formats), ...TAIL_ROWS],
      merges: [{ top: 29, left: 0, bottom: 30, right: 0 }],
    },
  ],
  settings: {},
  sheetNames: ['活动安排', '草稿'],
  sheetTables: { 活动安排: [], 草稿: [] },
});

describe('reading workbooks from other writers', () => {
  it('XlsxWriter: dates in every built-in Chinese format (no numFmt element) and in custom 年月日 formats, and the rest', async () => {
    expect(await read('xlsxwriter-chinese-dates.xlsx')).toEqual(chineseDates([...ZH_CN.map(([, f]) => f), ...CUSTOM]));
  });

  it('the same workbook in Strict Open XML (purl.oclc.org namespaces and relationship types)', async () => {
    expect(await read('strict.xlsx')).toEqual(chineseDates([...ZH_CN.map(([, f]) => f), ...CUSTOM]));
  });

  it('LibreOffice: the same workbook saved again, with the number formats LibreOffice writes for it', async () => {
    // LibreOffice (en-US) writes its own definitions: a Chinese date becomes m/d/yyyy, a Chinese time h:mm:ss.
    const libre = ZH_CN.map(([id]) => (id >= 32 && id <= 35 ? 'h:mm:ss' : 'm/d/yyyy'));
    expect(await read('libreoffice.xlsx')).toEqual(chineseDates([...libre, 'yyyy\\年m\\月', 'm\\月d\\日', '[$-1E000804]yyyy\\年m\\月']));
  });

  it('openpyxl: ISO dates (t="d"), formulas with no saved result, an error, merged cells, hidden sheets, settings', async () => {
    expect(await read('openpyxl-iso-dates.xlsx')).toEqual({
      kind: 'xlsx',
      sheets: [
        {
          sheetName: '活动安排',
          rows: [
            { row: 0, cols: [0, 1, 2, 3], values: ['月份', '活动内容', '工作类别', '合计'] },
            {
              row: 1,
              cols: [0, 1, 2, 3],
              values: [MAY_DAY, '劳动节活动', '文体活动', { formula: 'SUM(1,2)' }],
              formats: [ISO_FORMAT, undefined, undefined, undefined],
            },
            { row: 2, cols: [0, 1, 2], values: [45910 + 8.5 / 24, '教师节活动', '师德建设'], formats: [ISO_FORMAT, undefined, undefined] },
            { row: 3, cols: [0, 1, 2, 3], values: [{ error: '#N/A' }, '待定', true, { formula: 'A2+1' }] },
            { row: 4, cols: [0, 1, 2], values: ['十月', '重阳节慰问', '关爱服务'] },
            { row: 5, cols: [1], values: ['走访退休职工'] },
          ],
          merges: [{ top: 4, left: 2, bottom: 5, right: 2 }],
        },
      ],
      settings: { year: 2025 },
      sheetNames: ['活动安排', '草稿', '_plansheet'],
      sheetTables: { 活动安排: [], 草稿: [], _plansheet: [] },
    });
  });

  it('XlsxWriter in constant-memory mode: inline strings', async () => {
    const data = await read('xlsxwriter-inline-strings.xlsx');
    expect(data.sheets).toEqual([
      {
        sheetName: '活动安排',
        rows: [THREE_HEADERS, ...HEADER_ROWS.slice(1), { row: 4, cols: [0], values: ['四月 & <五月>'] }],
        merges: [],
      },
    ]);
  });

  it('the 1904 date system: a date becomes a serial of 1900’s, a plain number stays', async () => {
    expect((await read('xlsxwriter-date1904.xlsx')).sheets[0].rows).toEqual([
      { row: 0, cols: [0, 1, 2], values: ['月份', '活动内容', '工作类别'] },
      { row: 1, cols: [0, 1, 2], values: [MAY_DAY, '劳动节活动', '文体活动'], formats: ['yyyy/m/d', undefined, undefined] },
      { row: 2, cols: [0], values: [1462] },
    ]);
  });

  it('rich text with phonetic runs: the text, without the pinyin', async () => {
    expect((await read('phonetic.xlsx')).sheets[0].rows).toEqual([
      { row: 0, cols: [0, 1, 2], values: ['月份', '活动内容', '工作类别'] },
      { row: 1, cols: [0, 1, 2], values: ['十月', '重阳节', '关爱服务'] },
    ]);
  });

  it('a stray value at XFD1048576 costs one cell', async () => {
    const rows = (await read('xlsxwriter-stray-xfd.xlsx')).sheets[0].rows;
    expect([rows.length, rows[rows.length - 1]]).toEqual([32, { row: 1_048_575, cols: [16_383], values: ['误输入'] }]);
  });

  it('a huge sparse sheet: the schedule and each scattered value, nothing in between', async () => {
    const rows = (await read('xlsxwriter-huge-sparse.xlsx')).sheets[0].rows;
    const scattered = Array.from({ length: 200 }, (_, i) => ({ row: (i + 1) * 5000, cols: [((i + 1) * 81) % 16384], values: [i + 1] }));
    expect(rows).toEqual([THREE_HEADERS, ...HEADER_ROWS.slice(1), ...scattered]);
  });
});
