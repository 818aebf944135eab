import { gapHighlight } from '../../src/core/tables/gap-highlight';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { createExcelPort } from '../../src/excel/excel-port';
import { PortError, type WorkbookPort } from '../../src/core/ports/workbook-port';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fakes/excel-fake';
import { handSpec, HEADERS, scheduleRows, SOURCE, specsFor } from './schedule-data';
import { rectangle } from '../helpers/grid';

const LIMIT = 5_000_000;

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: (() => void) | undefined;

function setUp(options: FakeExcelOptions): void {
  fake = createFakeExcel(options);
  uninstall = fake.install();
  port = createExcelPort();
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** What the task pane's "生成计划表" does: read the source sheet, describe the plan, write it. */
async function build(): Promise<void> {
  const grid = await port.readSheet(SOURCE);
  await port.writePlanSheets(specsFor(grid));
}

async function portError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof PortError ? `${error.code}` : `not a PortError: ${String(error)}`;
  }
  return 'resolved';
}

describe('building the plan tables', () => {
  it('takes three round trips for 10 rows and for 5,000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 5000]) {
      setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(n) }] });
      await build();
      counts.push(fake.syncCount);
      expect(fake.syncs.filter((s) => s.error)).toEqual([]);
      expect(fake.values('主要工作').length).toBe(n + 1);
      uninstall?.();
      uninstall = undefined;
    }
    expect(counts).toEqual([3, 3]);
  });

  it('reads and writes 50,000 rows of Chinese text in blocks, none over 5 MB, one round trip more per block', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(50_000) }] });
    const before = fake.snapshotSheet(SOURCE);
    const grid = await port.readSheet(SOURCE);
    const reads = [...fake.syncs];
    fake.resetSyncs();
    const specs = specsFor(grid);
    await port.writePlanSheets(specs);
    const writes = [...fake.syncs];

    expect(rectangle(grid).values).toEqual(scheduleRows(50_000).map((row) => row.map((v) => (v === '' ? null : v))));
    // The first, optimistic read is refused for its 5 MB response; nothing else is.
    expect(reads.map((s) => s.error ?? 'ok')).toEqual(['ResponsePayloadSizeLimitExceeded', ...reads.slice(1).map(() => 'ok')]);
    expect(writes.every((s) => s.error === undefined)).toBe(true);
    for (const s of [...reads, ...writes]) {
      expect(s.requestBytes).toBeLessThanOrEqual(LIMIT);
      if (!s.error) expect(s.responseBytes).toBeLessThanOrEqual(LIMIT);
    }
    // Beyond the three round trips of a small build: the refused try, the measuring read, then
    // blocks — each but the last filled to at least 3 MB, so there is one per block of data, not per row —
    // and one for the merged areas, asked in tiles of the measured range.
    const readBlocks = reads.slice(2, -1).map((s) => s.responseBytes);
    const writeBatches = writes.slice(1).map((s) => s.requestBytes);
    for (const bytes of [...readBlocks.slice(0, -1), ...writeBatches.slice(0, -1)]) expect(bytes).toBeGreaterThanOrEqual(3_000_000);
    const moved = (list: number[]): number => list.reduce((a, b) => a + b, 0);
    expect(reads.length + writes.length).toBe(3 + 2 + 1 + (readBlocks.length - 1) + (writeBatches.length - 1));
    expect(readBlocks.length).toBeLessThanOrEqual(Math.ceil(moved(readBlocks) / 3_000_000));
    expect(writeBatches.length).toBeLessThanOrEqual(Math.ceil(moved(writeBatches) / 3_000_000));
    expect(fake.values('主要工作').length).toBe(50_001);
    expect(fake.values('月度安排').length).toBe(specs[1].rows.length + 1);
    expect(fake.snapshotSheet(SOURCE)).toEqual(before);
  });

  it('leaves the source sheet exactly as it was', async () => {
    setUp({
      sheets: [
        {
          name: SOURCE,
          rows: [...scheduleRows(30), ['=SUM(1)', { formula: '=A3', value: '1月' }, { error: '#N/A' }, 45292, true]],
          formats: [[], [], ['@'], [], [], [null, null, null, 'yyyy/m/d']],
          merges: ['A4:A5'],
        },
      ],
    });
    const before = fake.snapshotSheet(SOURCE);
    await build();
    await build();
    expect(fake.snapshotSheet(SOURCE)).toEqual(before);
  });

  it('replaces its own sheets on a second build and leaves a user’s sheet of the same name alone', async () => {
    setUp({
      sheets: [
        { name: SOURCE, rows: scheduleRows(12) },
        { name: '主要工作', rows: [['我的笔记'], ['不要动']] },
      ],
    });
    const users = fake.snapshotSheet('主要工作');
    const grid = await port.readSheet(SOURCE);
    const first = await port.writePlanSheets(specsFor(grid));
    const second = await port.writePlanSheets(specsFor(grid));

    const expected = [
      { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work', rows: 12 },
      { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly', rows: 12 },
      { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 12 },
    ];
    expect(first.sheets).toEqual(expected.map((s) => ({ ...s, replaced: false })));
    expect(second.sheets).toEqual(expected.map((s) => ({ ...s, replaced: true })));
    expect(fake.snapshotSheet('主要工作')).toEqual(users);
    expect(fake.sheetNames()).toEqual([SOURCE, '主要工作', '主要工作 (2)', '月度安排', '覆盖检查', '_plansheet']);
    expect(fake.tables().map((t) => [t.sheet, t.name, t.address, t.style])).toEqual([
      ['主要工作 (2)', 'PlanSheet_Work', 'A1:F13', 'TableStyleMedium2'],
      ['月度安排', 'PlanSheet_Monthly', 'A1:D13', 'TableStyleMedium2'],
      ['覆盖检查', 'PlanSheet_Coverage', 'A1:H13', 'TableStyleMedium2'],
    ]);
    expect(await port.loadSettings()).toEqual({
      outputs: expected.map(({ key, sheet, table }) => ({ key, sheet, table })),
    });
  });

  it('writes text that looks like a formula, a number or a date as that text', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    const tricky = ['=HYPERLINK("x")', '+1', '-2', '@a', "'quoted", '001', '2023-05-01', 'TRUE', '#N/A', '3月'];
    await port.writePlanSheets([handSpec(tricky.map((text, i) => [i + 1, text, i]))]);
    const written = fake.values('主要工作', `A2:C${tricky.length + 1}`);
    expect(written).toEqual(tricky.map((text, i) => [i + 1, text, i]));
    expect(fake.formulas('主要工作', `B2:B${tricky.length + 1}`)).toEqual(tricky.map((text) => [text]));
    expect(fake.numberFormats('主要工作', 'A2:C2')).toEqual([['General', '@', '0']]);
  });

  it('writes the table with its header, widths, frozen header and the gap highlighting', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    const spec = handSpec(
      [
        ['1月', 2, '已覆盖'],
        ['2月', 0, '缺少"活动"'],
      ],
      {
        key: 'coverage',
        name: '覆盖检查',
        tableName: 'PlanSheet_Coverage',
        tableStyle: 'TableStyleMedium2',
        columns: [
          { header: '月份', width: 8, numberFormat: '@' },
          { header: '合计', width: 6, numberFormat: '0' },
          { header: '状态', width: 10, numberFormat: '@' },
        ],
        highlight: gapHighlight(2, '缺少"活动"'),
      },
    );
    await port.writePlanSheets([spec]);
    const sheet = fake.sheet('覆盖检查');
    expect(fake.values('覆盖检查')).toEqual([
      ['月份', '合计', '状态'],
      ['1月', 2, '已覆盖'],
      ['2月', 0, '缺少"活动"'],
    ]);
    expect([...sheet.columnWidths.entries()]).toEqual([
      [0, 45.75],
      [1, 35.25],
      [2, 56.25],
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.conditionalFormats).toEqual([
      {
        id: expect.any(String),
        rect: { row: 1, col: 0, rows: 2, cols: 3 },
        type: 'Custom',
        settings: {
          'custom.rule.formula': '=$C2="缺少""活动"""',
          'custom.format.fill.color': '#FFC7CE',
          'custom.format.font.color': '#9C0006',
        },
      },
    ]);
  });

  it('gives an empty plan a table with one blank row', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    await port.writePlanSheets([handSpec([])]);
    expect(fake.tables()).toEqual([{ name: 'PlanSheet_Work', sheet: '主要工作', address: 'A1:C2', style: 'TableStyleMedium2' }]);
  });

  it('reports progress after each round trip', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }] });
    const progress: [number, number][] = [];
    await port.writePlanSheets(specsFor(await port.readSheet(SOURCE)), (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('puts a replaced sheet back where the user moved it', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(6) }, { name: '备注' }] });
    await build();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('覆盖检查').position = 0;
      context.workbook.worksheets.getItem('主要工作').position = 2;
      await context.sync();
    });
    const before = fake.sheetNames();
    await build();
    expect([before, fake.sheetNames()]).toEqual([
      ['覆盖检查', SOURCE, '主要工作', '备注', '月度安排', '_plansheet'],
      ['覆盖检查', SOURCE, '主要工作', '备注', '月度安排', '_plansheet'],
    ]);
  });

  it('copes with a host that refuses calls on null objects, at one round trip more while there are no settings', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(10) }] });
    fake.setNullObjectCalls('fail');
    await build();
    const first = fake.syncCount;
    fake.resetSyncs();
    await build();
    expect([first, fake.syncCount]).toEqual([4, 3]);
    expect(fake.sheetNames()).toEqual([SOURCE, '主要工作', '月度安排', '覆盖检查', '_plansheet']);
    expect((await port.loadSettings()).outputs?.map((o) => o.sheet)).toEqual(['主要工作', '月度安排', '覆盖检查']);
  });
});

describe('reading a sheet', () => {
  it('gives values, number formats and merged areas in one round trip', async () => {
    setUp({
      sheets: [
        {
          name: SOURCE,
          origin: 'B2',
          rows: [
            ['月份', '工作内容', null],
            [45292, '迎新', { error: '#N/A' }],
            [null, '合并的月份', true],
          ],
          formats: [[], ['yyyy"年"m"月"'], []],
          merges: ['B3:B4'],
        },
      ],
    });
    const grid = await port.readSheet(SOURCE);
    expect(fake.syncCount).toBe(1);
    expect(grid).toEqual({
      sheetName: SOURCE,
      rows: [
        { row: 1, cols: [1, 2], values: ['月份', '工作内容'] },
        { row: 2, cols: [1, 2, 3], values: [45292, '迎新', { error: '#N/A' }], formats: ['yyyy"年"m"月"', undefined, undefined] },
        { row: 3, cols: [2, 3], values: ['合并的月份', true] },
      ],
      merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
    });
  });

  it('halves a block Excel still refuses, when the first rows made the sheet look lighter than it is', async () => {
    const rows = [
      ['月份', '工作内容'],
      ...Array.from({ length: 600 }, (_, i) => [`${(i % 12) + 1}月`, i < 100 ? '短' : '很长的活动说明'.repeat(1000)]),
    ];
    setUp({ sheets: [{ name: SOURCE, rows }] });
    const grid = await port.readSheet(SOURCE);
    expect(rectangle(grid).values).toEqual(rows);
    const refused = fake.syncs.filter((s) => s.error);
    expect(refused.length).toBeGreaterThan(1);
    expect(refused.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.every((s) => s.error || s.responseBytes <= LIMIT)).toBe(true);
  });

  it('says merges are unknown (null) where ExcelApi 1.13 is missing, so core warns', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(3), merges: ['A3:A4'] }], apiVersion: '1.12' });
    const grid = await port.readSheet(SOURCE);
    expect(grid.merges).toBeNull();
    const result = analyzeSheet(grid, { year: 2024 });
    expect(result.ok && result.analysis.issues.filter((i) => i.code === 'merge_info_unavailable')).toEqual([
      { code: 'merge_info_unavailable', severity: 'warning', sheet: SOURCE, cell: null },
    ]);
  });

  it('gives an empty grid for an empty sheet', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    expect(await port.readSheet(SOURCE)).toEqual({ sheetName: SOURCE, rows: [], merges: [] });
  });
});

describe('errors in words', () => {
  it('reports cell-edit mode for every kind of work on a host that does not wait (delayForCellEdit ignored)', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(3) }], delayForCellEdit: 'ignored' });
    fake.setCellEditMode(true);
    const codes = [
      await portError(port.listSheets()),
      await portError(port.readSheet(SOURCE)),
      await portError(port.writePlanSheets([handSpec([[1, 'a', 1]])])),
      await portError(port.selectCell(SOURCE, 'B3')),
      await portError(port.saveSettings({ unit: 'x' })),
    ];
    expect(codes).toEqual(['cell_edit_mode', 'cell_edit_mode', 'cell_edit_mode', 'cell_edit_mode', 'cell_edit_mode']);
  });

  it('reports a missing sheet, a protected settings sheet, a missing requirement set and a payload over the limit', async () => {
    setUp({
      sheets: [
        { name: SOURCE, rows: scheduleRows(3) },
        { name: '_plansheet', visibility: 'VeryHidden', protected: true },
      ],
    });
    const missing = await portError(port.readSheet('没有这张表'));
    const protectedSettings = await portError(port.saveSettings({ unit: '工会' }));
    fake.setApiVersion('1.7');
    const unsupported = await portError(port.createScheduleSheet({ name: '新表', title: 't', headers: ['月份'], lists: [] }));
    uninstall?.();
    setUp({ sheets: [{ name: SOURCE }], payloadLimit: 20_000 });
    const tooLarge = await portError(port.writePlanSheets([handSpec(Array.from({ length: 2000 }, (_, i) => [i, '很长的活动内容', i]))]));
    expect([missing, protectedSettings, unsupported, tooLarge]).toEqual([
      'sheet_not_found',
      'sheet_protected',
      'api_unsupported',
      'payload_too_large',
    ]);
  });
});

describe('the rest of the port', () => {
  it('lists the visible sheets in workbook order', async () => {
    setUp({
      sheets: [
        { name: SOURCE },
        { name: '隐藏', visibility: 'Hidden' },
        { name: '_plansheet', visibility: 'VeryHidden' },
        { name: '其他' },
      ],
    });
    expect(await port.listSheets()).toEqual([SOURCE, '其他']);
  });

  it('round-trips settings in the very hidden sheet, keeping the record of its own sheets', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(4) }] });
    expect(await port.loadSettings()).toEqual({});
    await build();
    const outputs = (await port.loadSettings()).outputs;
    const settings = {
      sheet: SOURCE,
      columns: { month: 'A' },
      year: 2024,
      startMonth: 9,
      exempt: [7, 8],
      docType: 'summary' as const,
      unit: '=××学校工会',
      title: '+2024年工作总结',
      guidance: '-以习近平新时代中国特色社会主义思想为指导',
      goals: '@全体会员',
      nextSteps: "'继续努力",
    };
    await port.saveSettings(settings);
    expect(await port.loadSettings()).toEqual({ ...settings, outputs });
    expect(fake.sheet('_plansheet').visibility).toBe('VeryHidden');
  });

  it('selects a cell of the source sheet and activates it', async () => {
    setUp({ sheets: [{ name: '其他' }, { name: SOURCE, rows: scheduleRows(8) }] });
    await port.selectCell(SOURCE, 'B7');
    expect([fake.selection(), fake.activeSheet()]).toEqual([{ sheet: SOURCE, address: 'B7' }, SOURCE]);
  });

  it('creates a schedule sheet with title, headers, frozen top rows and drop-down lists', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    const name = await port.createScheduleSheet({
      name: '活动安排表',
      title: '2025年工会活动安排表',
      headers: HEADERS,
      lists: [
        { column: 0, values: ['1月', '2月', '每月'] },
        { column: 2, values: Array.from({ length: 40 }, (_, i) => `第${i + 1}类工作，含逗号`) },
      ],
    });
    const sheet = fake.sheet(name);
    expect(name).toBe('活动安排表');
    expect(fake.values(name)).toEqual([['2025年工会活动安排表', '', '', '', ''], HEADERS]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.dataValidations).toEqual([
      { rect: { row: 2, col: 0, rows: 500, cols: 1 }, rule: { list: { inCellDropDown: true, source: '1月,2月,每月' } } },
      { rect: { row: 2, col: 2, rows: 500, cols: 1 }, rule: { list: { inCellDropDown: true, source: "='_plansheet_lists'!$A$2:$A$41" } } },
    ]);
    expect(fake.values('_plansheet_lists', 'A1:A3')).toEqual([['活动安排表'], ['第1类工作，含逗号'], ['第2类工作，含逗号']]);
    expect(fake.sheet('_plansheet_lists').visibility).toBe('VeryHidden');
    expect(fake.activeSheet()).toBe(name);
  });
});
