import { gapHighlight } from '../../src/core/tables/gap-highlight';
import ExcelJS from 'exceljs';
import { settingsToRows, SETTINGS_SHEET } from '../../src/core/settings/plan-settings';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { PortError } from '../../src/core/ports/workbook-port';
import type { ScheduleTemplate } from '../../src/core/tables/schedule-template';
import { createFilePort } from '../../src/xlsx/file-port';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookData } from '../../src/core/ports/workbook-data';
import { grid } from '../helpers/grid';
import { makeXlsx } from '../helpers/make-xlsx';
import { changedEntries, danglingReferences, partsOf, stripIgnorable, validateParts } from '../helpers/ooxml';
import { rectangle } from '../helpers/grid';

const SPEC: SheetSpec = {
  key: 'coverage',
  name: '覆盖检查',
  tableName: 'PlanSheet_Coverage',
  tableStyle: 'TableStyleMedium2',
  columns: [
    { header: '月份', width: 8 },
    { header: '合计', width: 8, numberFormat: '0' },
    { header: '状态', width: 10 },
  ],
  rows: [
    ['一月', 1, '已覆盖'],
    ['二月', 0, '缺少活动'],
  ],
  highlight: gapHighlight(2, '缺少活动'),
};

const TEMPLATE: ScheduleTemplate = {
  name: '活动安排表',
  title: '2025年工会活动安排表',
  headers: ['月份', '活动内容', '工作类别', '负责人', '完成情况', '备注'],
  lists: [
    { column: 0, values: ['1月', '2月', '每月', '全年', '待定'] },
    { column: 2, values: ['思想政治', '文体活动'] },
  ],
};

async function schedule(): Promise<Uint8Array> {
  return makeXlsx([
    {
      name: '活动安排',
      rows: [
        ['月份', '活动内容'],
        ['一月', '元旦活动'],
      ],
    },
    { name: '说明', rows: [['备注']] },
    { name: SETTINGS_SHEET, rows: settingsToRows({ year: 2024, unit: '××学校工会' }), state: 'veryHidden' },
  ]);
}

async function rejection(promise: Promise<unknown>): Promise<PortError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PortError);
  return error as PortError;
}

describe('createFilePort', () => {
  it('lists the visible sheets and reads one as a grid', async () => {
    const port = createFilePort(await schedule(), '活动安排.xlsx');
    expect([port.mode, port.fileName]).toEqual(['file', '活动安排.xlsx']);
    expect(await port.listSheets()).toEqual(['活动安排', '说明']);
    expect(await port.readSheet('活动安排')).toEqual({
      sheetName: '活动安排',
      rows: [
        { row: 0, cols: [0, 1], values: ['月份', '活动内容'] },
        { row: 1, cols: [0, 1], values: ['一月', '元旦活动'] },
      ],
      merges: [],
    });
    expect((await rejection(port.readSheet('没有这张表'))).code).toBe('sheet_not_found');
  });

  it('rejects with the file problem for a file that is not a spreadsheet', async () => {
    const port = createFilePort(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'), 'notes.xlsx');
    const error = await rejection(port.listSheets());
    expect([error.code, error.problem]).toEqual(['file_not_spreadsheet', { code: 'file_not_spreadsheet', looksLike: 'pdf' }]);
  });

  it('gives back the opened bytes untouched until something changes', async () => {
    const bytes = await schedule();
    const port = createFilePort(bytes, 'a.xlsx');
    expect(port.isChanged()).toBe(false);
    expect(await port.toBytes()).toEqual(bytes);
    await port.selectCell('活动安排', 'B2');
    const unsubscribe = await port.watchSheet('活动安排', () => undefined);
    unsubscribe();
    expect(port.isChanged()).toBe(false);
  });

  it('writes the plan sheets into a new copy, and replaces them on the next write', async () => {
    const bytes = await schedule();
    const original = bytes.slice();
    const port = createFilePort(bytes, 'a.xlsx');
    const progress: number[] = [];
    expect(await port.writePlanSheets([SPEC], (done) => progress.push(done))).toEqual({
      sheets: [{ key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 2, replaced: false }],
    });
    expect(progress).toEqual([1, 2]);
    expect(await port.listSheets()).toEqual(['活动安排', '说明', '覆盖检查']);
    expect(await port.writePlanSheets([SPEC])).toEqual({
      sheets: [{ key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 2, replaced: true }],
    });
    expect(bytes).toEqual(original);

    const data = await readWorkbook(await port.toBytes());
    expect(data.sheetTables['覆盖检查']).toEqual(['PlanSheet_Coverage']);
    expect(data.settings).toEqual({
      year: 2024,
      unit: '××学校工会',
      outputs: [{ key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage' }],
    });
    expect(port.isChanged()).toBe(true);
    expect([port.valuesOnly(), port.extension()]).toEqual([false, 'xlsx']);
  });

  it('keeps settings in memory and puts them into the downloaded workbook, never letting them rewrite which sheets are ours', async () => {
    const port = createFilePort(await schedule(), 'a.xlsx');
    expect(await port.loadSettings()).toEqual({ year: 2024, unit: '××学校工会' });
    await port.writePlanSheets([SPEC]);
    await port.saveSettings({ year: 2025, guidance: '以习近平新时代中国特色社会主义思想为指导', outputs: [] });
    const expected = {
      year: 2025,
      guidance: '以习近平新时代中国特色社会主义思想为指导',
      outputs: [{ key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage' }],
    };
    expect(await port.loadSettings()).toEqual(expected);
    expect(port.isChanged()).toBe(true);
    expect((await readWorkbook(await port.toBytes())).settings).toEqual(expected);
  });

  it('creates a schedule sheet with a title, headers and drop-down lists', async () => {
    const port = createFilePort(await schedule(), 'a.xlsx');
    expect(await port.createScheduleSheet(TEMPLATE)).toBe('活动安排表');
    const grid = await port.readSheet('活动安排表');
    expect([rectangle(grid).values, grid.merges]).toEqual([
      [['2025年工会活动安排表', null, null, null, null, null], TEMPLATE.headers],
      [{ top: 0, left: 0, bottom: 0, right: 5 }],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.toBytes()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('活动安排表')!;
    expect([
      ws.getCell('A3').dataValidation,
      ws.getCell('A502').dataValidation,
      ws.getCell('C40').dataValidation,
      ws.getCell('B3').dataValidation,
    ]).toEqual([
      { type: 'list', allowBlank: true, formulae: ['"1月,2月,每月,全年,待定"'] },
      { type: 'list', allowBlank: true, formulae: ['"1月,2月,每月,全年,待定"'] },
      { type: 'list', allowBlank: true, formulae: ['"思想政治,文体活动"'] },
      undefined,
    ]);
    expect(ws.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 2 })]);
  });

  it('puts a list too long for Excel to hold inline into a very hidden sheet', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}类工作，含逗号`);
    const port = createFilePort(await schedule(), 'a.xlsx');
    await port.createScheduleSheet({ ...TEMPLATE, lists: [{ column: 2, values: long }] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.toBytes()) as unknown as ExcelJS.Buffer);
    const lists = wb.getWorksheet('_plansheet_lists')!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getColumn(1).values.slice(1)).toEqual(long);
    expect(wb.getWorksheet('活动安排表')!.getCell('C3').dataValidation.formulae).toEqual(["'_plansheet_lists'!$A$1:$A$40"]);
    expect(await port.listSheets()).toEqual(['活动安排', '说明', '活动安排表']);
  });

  it('refuses to create a schedule sheet over an existing one', async () => {
    const port = createFilePort(await schedule(), 'a.xlsx');
    expect((await rejection(port.createScheduleSheet({ ...TEMPLATE, name: '说明' }))).code).toBe('unknown');
    expect(port.isChanged()).toBe(false);
  });
});

describe('createFilePort on workbooks of other kinds', () => {
  it('turns a file of another kind into a new workbook of its values on the first write, and says so', async () => {
    const xls: WorkbookData = {
      kind: 'xls',
      sheets: [
        grid(
          [
            ['月份', '活动内容'],
            ['一月', '元旦活动'],
          ],
          { sheet: '活动安排', merges: [] },
        ),
      ],
      settings: {},
      sheetNames: ['活动安排'],
      sheetTables: {},
    };
    // An old .xls starts with the compound-file signature; a reader of that kind gives its grids.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const read = (bytes: Uint8Array): Promise<WorkbookData> => (bytes[0] === 0xd0 ? Promise.resolve(xls) : readWorkbook(bytes));
    const port = createFilePort(ole, '活动安排.xls', { read });
    expect([await port.listSheets(), port.valuesOnly()]).toEqual([['活动安排'], false]);
    await port.writePlanSheets([SPEC]);
    const data = await readWorkbook(await port.toBytes());
    expect([port.valuesOnly(), port.extension(), data.sheetNames]).toEqual([true, 'xlsx', ['活动安排', '覆盖检查', SETTINGS_SHEET]]);
    expect(rectangle(data.sheets[0]).values).toEqual([
      ['月份', '活动内容'],
      ['一月', '元旦活动'],
    ]);
  });

  it('keeps a macro-enabled workbook macro-enabled, so that the download is an .xlsm', async () => {
    const rich = new Uint8Array(readFileSync(join(__dirname, '../fixtures/writer/rich.xlsm')));
    const port = createFilePort(rich, 'rich.xlsm');
    expect(port.extension()).toBe('xlsm');
    await port.saveSettings({ unit: '××学校工会' });
    const bytes = await port.toBytes();
    const macros = partsOf(bytes)['xl/vbaProject.bin'];
    expect([port.extension(), changedEntries(rich, bytes).removed, macros]).toEqual(['xlsm', [], partsOf(rich)['xl/vbaProject.bin']]);
  });

  it('adds the schedule sheet as valid parts, leaving every other entry as it was', async () => {
    const input = await schedule();
    const port = createFilePort(input, 'a.xlsx');
    await port.createScheduleSheet({ ...TEMPLATE, lists: [...TEMPLATE.lists, { column: 3, values: ['王老师,李老师', '张主席'] }] });
    const bytes = await port.toBytes();
    const { changed, added, removed } = changedEntries(input, bytes);
    expect([changed, added, removed]).toEqual([
      ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'],
      ['xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml'],
      [],
    ]);
    const text = (p: string): string => stripIgnorable(new TextDecoder().decode(partsOf(bytes)[p]));
    const checked = validateParts(Object.fromEntries([...changed, ...added].map((p) => [p, text(p)])));
    expect(Object.entries(checked).filter(([, v]) => v !== 'valid')).toEqual([]);
    expect(danglingReferences(bytes)).toEqual([]);
    expect(text('xl/worksheets/sheet4.xml')).toContain(
      '<dataValidation type="list" allowBlank="1" sqref="D3:D502"><formula1>\'_plansheet_lists\'!$A$1:$A$2</formula1></dataValidation>',
    );
  });
});
