import { gapHighlight } from '../../src/core/tables/gap-highlight';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { settingsToRows, SETTINGS_SHEET } from '../../src/core/settings/plan-settings';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { PortError } from '../../src/core/ports/workbook-port';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { entryData, readZipDirectory } from '../../src/xlsx/list-zip-entries';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';
import { makeXlsx } from '../helpers/make-xlsx';
import { rectangle } from '../helpers/grid';

const SPECS: SheetSpec[] = [
  {
    key: 'work',
    name: '主要工作',
    tableName: 'PlanSheet_Work',
    tableStyle: 'TableStyleMedium2',
    columns: [
      { header: '序号', width: 8, numberFormat: '@' },
      { header: '工作内容', width: 24, numberFormat: '@' },
    ],
    rows: [
      ['（一）1', '元旦活动'],
      ['（一）2', '教工运动会'],
    ],
  },
  {
    key: 'monthly',
    name: '月度安排',
    tableName: 'PlanSheet_Monthly',
    tableStyle: 'TableStyleMedium2',
    columns: [
      { header: '月份', width: 8, numberFormat: '@' },
      { header: '活动', width: 20, numberFormat: '@' },
    ],
    rows: [
      ['一月', '元旦活动'],
      ['二月', '（缺少活动）'],
    ],
  },
  {
    key: 'coverage',
    name: '覆盖检查',
    tableName: 'PlanSheet_Coverage',
    tableStyle: 'TableStyleMedium2',
    columns: [
      { header: '月份', width: 8, numberFormat: '@' },
      { header: '文体活动', width: 12, numberFormat: '0' },
      { header: '合计', width: 8, numberFormat: '0' },
      { header: '状态', width: 12, numberFormat: '@' },
    ],
    rows: [
      ['一月', 1, 1, '已覆盖'],
      ['二月', 0, 0, '缺少活动'],
    ],
    highlight: gapHighlight(3, '缺少活动'),
  },
];

const SCHEDULE = {
  name: '活动安排',
  rows: [['2024年工会活动安排'], ['月份', '活动内容'], ['一月', '元旦活动'], [null, '教工运动会']],
  merges: ['A1:B1', 'A3:A4'],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function zipText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the zip`);
  return file.async('string');
}

/** exceljs keeps tables and conditional formats on the worksheet without typing them. */
interface SheetInternals {
  readonly tables: Record<string, unknown>;
  readonly conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}
const internals = (ws: ExcelJS.Worksheet): SheetInternals => ws as unknown as SheetInternals;

function tableModel(ws: ExcelJS.Worksheet): unknown {
  return Object.values(internals(ws).tables).map((t) => {
    const m = (
      t as unknown as {
        table: { name: string; tableRef: string; headerRow: boolean; totalsRow: boolean; columns: { name: string }[]; style: unknown };
      }
    ).table;
    return {
      name: m.name,
      ref: m.tableRef,
      headerRow: m.headerRow,
      totalsRow: m.totalsRow,
      columns: m.columns.map((c) => c.name),
      style: m.style,
    };
  });
}

describe('writePlanWorkbook', () => {
  it('adds the plan sheets as Excel tables with a header, a style, widths, formats and a frozen header', async () => {
    const input = await makeXlsx([SCHEDULE]);
    const result = await writePlanWorkbook(input, SPECS, { year: 2024 });

    expect(result.report).toEqual({
      sheets: [
        { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', rows: 2, replaced: false },
        { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly', rows: 2, replaced: false },
        { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 2, replaced: false },
      ],
    });
    expect(result.settings).toEqual({
      year: 2024,
      outputs: [
        { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' },
        { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' },
        { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage' },
      ],
    });

    const zip = await JSZip.loadAsync(result.bytes);
    expect(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('xl/tables/'))
        .sort(),
    ).toEqual(['xl/tables/table1.xml', 'xl/tables/table2.xml', 'xl/tables/table3.xml']);

    const wb = await load(result.bytes);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['活动安排', 'visible'],
      ['主要工作', 'visible'],
      ['月度安排', 'visible'],
      ['覆盖检查', 'visible'],
      [SETTINGS_SHEET, 'veryHidden'],
    ]);
    const coverage = wb.getWorksheet('覆盖检查')!;
    expect(tableModel(coverage)).toEqual([
      {
        name: 'PlanSheet_Coverage',
        ref: 'A1:D3',
        headerRow: true,
        totalsRow: false,
        columns: ['月份', '文体活动', '合计', '状态'],
        style: {
          theme: 'TableStyleMedium2',
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: true,
          showColumnStripes: false,
        },
      },
    ]);
    expect(
      coverage
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      ['月份', '文体活动', '合计', '状态'],
      ['一月', 1, 1, '已覆盖'],
      ['二月', 0, 0, '缺少活动'],
    ]);
    expect([1, 2, 3, 4].map((c) => [coverage.getColumn(c).width, coverage.getCell(2, c).numFmt])).toEqual([
      [8, '@'],
      [12, '0'],
      [8, '0'],
      [12, '@'],
    ]);
    expect(coverage.views).toEqual([expect.objectContaining({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' })]);
    expect(internals(coverage).conditionalFormattings).toEqual([
      {
        ref: 'A2:D3',
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: ['$D2="缺少活动"'],
            style: expect.objectContaining({
              fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' }, bgColor: { argb: 'FFFFC7CE' } },
              font: { color: { argb: 'FF9C0006' } },
            }),
          },
        ],
      },
    ]);
    expect(tableModel(wb.getWorksheet('主要工作')!)).toEqual([
      expect.objectContaining({ name: 'PlanSheet_Work', ref: 'A1:B3', columns: ['序号', '工作内容'] }),
    ]);
    expect((await readWorkbook(result.bytes)).settings).toEqual(result.settings);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const risky = ['=HYPERLINK("http://example.org","点我")', '+86 123', '-1', '@SUM(A1)', '=1+1'];
    const spec: SheetSpec = {
      key: 'work',
      name: '主要工作',
      tableName: 'PlanSheet_Work',
      tableStyle: 'TableStyleMedium2',
      columns: [{ header: '工作内容', width: 30, numberFormat: '@' }],
      rows: risky.map((text) => [text]),
    };
    const result = await writePlanWorkbook(await makeXlsx([SCHEDULE]), [spec], {});
    const sheetXml = await zipText(result.bytes, 'xl/worksheets/sheet2.xml');
    expect(sheetXml).toContain('<tableParts count="1">');
    expect(sheetXml).not.toContain('<f>');
    const cells = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((a) => `<c r="${a}" s="1" t="inlineStr">`);
    expect(sheetXml.match(/<c r="A\d+"[^>]*>/g)).toEqual(cells);
    const grid = (await readWorkbook(result.bytes)).sheets.find((s) => s.sheetName === '主要工作')!;
    expect(rectangle(grid).values).toEqual([['工作内容'], ...risky.map((t) => [t])]);
  });

  it('replaces its own sheets on a second build and leaves a user sheet of the same name alone', async () => {
    const userSheet = { name: '主要工作', rows: [['我自己的主要工作'], ['不要动']] };
    const first = await writePlanWorkbook(await makeXlsx([SCHEDULE, userSheet]), SPECS, {});
    expect(first.report.sheets.map((s) => [s.sheet, s.replaced])).toEqual([
      ['主要工作 (2)', false],
      ['月度安排', false],
      ['覆盖检查', false],
    ]);

    const changed = SPECS.map((s) => (s.key === 'work' ? { ...s, rows: [['（一）1', '只剩一项']] } : s));
    const settings = (await readWorkbook(first.bytes)).settings;
    const second = await writePlanWorkbook(first.bytes, changed, settings);
    expect(second.report).toEqual({
      sheets: [
        { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work', rows: 1, replaced: true },
        { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly', rows: 2, replaced: true },
        { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 2, replaced: true },
      ],
    });
    const data = await readWorkbook(second.bytes);
    expect(data.sheetNames).toEqual(['活动安排', '主要工作', '主要工作 (2)', '月度安排', '覆盖检查', SETTINGS_SHEET]);
    expect(data.sheetTables).toEqual({
      活动安排: [],
      主要工作: [],
      '主要工作 (2)': ['PlanSheet_Work'],
      月度安排: ['PlanSheet_Monthly'],
      覆盖检查: ['PlanSheet_Coverage'],
      [SETTINGS_SHEET]: [],
    });
    const byName = new Map(data.sheets.map((g) => [g.sheetName, rectangle(g).values]));
    expect(byName.get('主要工作')).toEqual([['我自己的主要工作'], ['不要动']]);
    expect(byName.get('主要工作 (2)')).toEqual([
      ['序号', '工作内容'],
      ['（一）1', '只剩一项'],
    ]);
  });

  it('does not take a sheet the settings call ours when it no longer holds our table', async () => {
    const input = await makeXlsx([
      SCHEDULE,
      { name: '主要工作', rows: [['用户改过的表']] },
      {
        name: SETTINGS_SHEET,
        rows: settingsToRows({ outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }] }),
        state: 'veryHidden',
      },
    ]);
    const result = await writePlanWorkbook(input, [SPECS[0]], (await readWorkbook(input)).settings);
    expect(result.report.sheets).toEqual([{ key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work', rows: 2, replaced: false }]);
    expect(rectangle((await readWorkbook(result.bytes)).sheets.find((s) => s.sheetName === '主要工作')!).values).toEqual([
      ['用户改过的表'],
    ]);
  });

  it('keeps replaced sheets, the settings sheet included, in their tab positions', async () => {
    const first = await writePlanWorkbook(await makeXlsx([SCHEDULE]), SPECS, {});
    const wb = await load(first.bytes);
    wb.addWorksheet('用户后加的表').getCell('A1').value = '后加';
    const moved = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const second = await writePlanWorkbook(moved, SPECS, first.settings);
    expect((await readWorkbook(second.bytes)).sheetNames).toEqual([
      '活动安排',
      '主要工作',
      '月度安排',
      '覆盖检查',
      SETTINGS_SHEET,
      '用户后加的表',
    ]);
  });

  it('leaves every other sheet as it was, cell for cell and in the sheet XML', async () => {
    const input = await makeXlsx([
      { ...SCHEDULE, formats: { A3: '@' } },
      { name: '说明', rows: [['本表由工会办公室维护'], [{ date: '2024-01-05' }, 42, true]], merges: ['A1:C1'] },
    ]);
    const before = new Uint8Array(input);
    const result = await writePlanWorkbook(input, SPECS, {});
    expect(input).toEqual(before);

    const original = await readWorkbook(input);
    const copy = await readWorkbook(result.bytes);
    expect(copy.sheets.slice(0, 2)).toEqual(original.sheets);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const sheetData = (xml: string): string[] =>
        [/<sheetData>.*<\/sheetData>/s, /<mergeCells.*<\/mergeCells>/s, /<cols>.*<\/cols>/s].map((re) => re.exec(xml)?.[0] ?? '');
      expect(sheetData(await zipText(result.bytes, part))).toEqual(sheetData(await zipText(input, part)));
    }
  });

  it('keeps what exceljs can carry: data validation, conditional formats, notes, user tables and defined names', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('活动安排');
    ws.addRow(['月份', '活动内容', '工作类别']);
    ws.addRow(['一月', '元旦活动', '文体活动']);
    ws.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"文体活动,关爱服务"'] };
    ws.addConditionalFormatting({
      ref: 'A2:A10',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['A2=""'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFFF00' } } },
        },
      ],
    });
    ws.getCell('B2').note = '地点：学校礼堂';
    wb.addWorksheet('用户表').addTable({ name: 'UserTable', ref: 'A1', columns: [{ name: 'x' }, { name: 'y' }], rows: [[1, 2]] });
    wb.definedNames.add("'活动安排'!$A$1:$C$2", 'ScheduleArea');
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const out = await load((await writePlanWorkbook(input, SPECS, {})).bytes);
    const schedule = out.getWorksheet('活动安排')!;
    expect(schedule.getCell('C2').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"文体活动,关爱服务"'] });
    expect(
      internals(schedule).conditionalFormattings.map((cf) => [cf.ref, cf.rules.map((r) => (r as { formulae?: string[] }).formulae)]),
    ).toEqual([['A2:A10', [['A2=""']]]]);
    expect(schedule.getCell('B2').note).toBe('地点：学校礼堂');
    expect(Object.keys(internals(out.getWorksheet('用户表')!).tables)).toEqual(['UserTable']);
    expect(out.definedNames.getRanges('ScheduleArea')).toEqual({ name: 'ScheduleArea', ranges: ["'活动安排'!$A$1:$C$2"] });
  });

  it('copies every part it does not own with its stored bytes, charts and pivot tables included', async () => {
    const zip = await JSZip.loadAsync(await makeXlsx([SCHEDULE]));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const result = await writePlanWorkbook(input, SPECS, {});
    const stored = (bytes: Uint8Array, name: string): Uint8Array => {
      const entry = readZipDirectory(bytes)!.entries.find((e) => e.name === name)!;
      return entryData(bytes, entry)!;
    };
    for (const name of ['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      expect([name, Buffer.from(stored(result.bytes, name)).equals(Buffer.from(stored(input, name)))]).toEqual([name, true]);
    }
  });

  it('makes table headers unique and not blank, and gives an empty table one blank row', async () => {
    const spec: SheetSpec = {
      key: 'coverage',
      name: '覆盖检查',
      tableName: 'PlanSheet_Coverage',
      tableStyle: 'TableStyleMedium2',
      columns: [
        { header: '合计', width: 8 },
        { header: '合计', width: 8 },
        { header: ' ', width: 8 },
      ],
      rows: [],
    };
    const out = await load((await writePlanWorkbook(await makeXlsx([SCHEDULE]), [spec], {})).bytes);
    const ws = out.getWorksheet('覆盖检查')!;
    expect(tableModel(ws)).toEqual([expect.objectContaining({ ref: 'A1:C2', columns: ['合计', '合计2', '列3'] })]);
    // The table's blank data row (A2:C2) holds no cells at all.
    expect(
      ws
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([['合计', '合计2', '列3']]);
  });

  it('refuses to overwrite a _plansheet sheet that it did not write', async () => {
    const input = await makeXlsx([SCHEDULE, { name: SETTINGS_SHEET, rows: [['用户的数据']] }]);
    let error: unknown = null;
    try {
      writePlanWorkbook(input, SPECS, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).code).toBe('unknown');
  });

  it('reports progress sheet by sheet', async () => {
    const calls: [number, number][] = [];
    await writePlanWorkbook(await makeXlsx([SCHEDULE]), SPECS, {}, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});
