/**
 * What real Excel hosts do that the adapter once assumed away (issue 12, items 2–8), each
 * modelled by the fake where it cites Microsoft's documentation or the office-js thread.
 */
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { PortError, type WorkbookPort } from '../../src/core/ports/workbook-port';
import { createExcelPort } from '../../src/excel/excel-port';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type SetupValue } from '../fakes/excel-fake';
import { rectangle } from '../helpers/grid';
import { HEADERS, scheduleRows, SOURCE, specsFor } from './schedule-data';

const LIMIT = 5_000_000;
const STATUS = ['已完成', '进行中', '未开展'];

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
  jest.useRealTimers();
});

async function portError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof PortError ? error.code : `not a PortError: ${String(error)}`;
  }
  return 'resolved';
}

/** What each sync did: 'ok' or the error Excel refused it with. */
const outcomes = (): string[] => fake.syncs.map((s) => s.error ?? 'ok');

/** Setup rows as the grid reads them back (empty cells are null). */
const asRead = (rows: readonly (readonly SetupValue[])[]): unknown[][] => rows.map((row) => row.map((v) => (v === '' ? null : v)));

/** Lets queued promise callbacks (the fake's syncs) run; timers stay where they are. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await Promise.resolve();
}

/** Advances fake timers in steps, letting the syncs each timer starts finish in between. */
async function advance(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 50) {
    jest.advanceTimersByTime(50);
    await settle();
  }
}

describe('item 2: the used range counts values only', () => {
  it('reads a sheet with a filled whole column and a drop-down down a whole column in one small round trip', async () => {
    const rows = scheduleRows(20);
    setUp({ sheets: [{ name: SOURCE, rows, formatted: ['C:C'], dropDowns: [{ address: 'E:E', values: STATUS }] }] });
    const grid = await port.readSheet(SOURCE);
    expect(rectangle(grid).values).toEqual(asRead(rows));
    expect(outcomes()).toEqual(['ok']);
    expect(fake.syncs[0].responseBytes).toBeLessThan(20_000);
  });
});

describe('item 3: more than 5,000,000 cells', () => {
  it.each([
    ['null', ['ok']],
    ['throw', ['RangeExceedsLimit', 'ok']],
  ] as const)('says in words that the sheet is too large to read (Excel answers %s)', async (overCellLimit, syncs) => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(3) }], overCellLimit });
    // One stray value far below the table: A1:Z200000 is 5,200,000 cells.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SOURCE).getRange('Z200000').values = [['x']];
      await context.sync();
    });
    fake.resetSyncs();
    expect(await portError(port.readSheet(SOURCE))).toBe('range_too_large');
    // Null values come with the size, so one round trip tells; after the error, the measuring read does.
    expect(outcomes()).toEqual(syncs);
    expect(fake.syncs.every((s) => s.responseBytes <= LIMIT)).toBe(true);
  });
});

describe('item 4: more than 512 merged areas', () => {
  /** 600 activities, each written across B:C (merged), with the month merged over each pair of rows. */
  function mergedSchedule(): FakeExcelOptions {
    const rows: SetupValue[][] = [['月份', '工作内容', null, '工作类别']];
    const merges: string[] = [];
    for (let i = 0; i < 600; i++) {
      const r = i + 2;
      rows.push([i % 2 === 0 ? `${(Math.floor(i / 2) % 12) + 1}月` : null, `活动${i + 1}`, null, '民主管理']);
      merges.push(`B${r}:C${r}`);
      if (i % 2 === 0) merges.push(`A${r}:A${r + 1}`);
    }
    return { sheets: [{ name: SOURCE, rows, merges }] };
  }

  it('reads every merged area, in tiles Excel accepts, in three round trips', async () => {
    setUp(mergedSchedule());
    const grid = await port.readSheet(SOURCE);
    const key = (m: { top: number; left: number }): number => m.top * 100 + m.left;
    expect([...(grid.merges ?? [])].sort((a, b) => key(a) - key(b))).toEqual(
      Array.from({ length: 600 }, (_, i) => [
        ...(i % 2 === 0 ? [{ top: i + 1, left: 0, bottom: i + 2, right: 0 }] : []),
        { top: i + 1, left: 1, bottom: i + 1, right: 2 },
      ]).flat(),
    );
    // The optimistic read asks for all 900 at once and is refused; then values, then the tiles.
    expect(outcomes()).toEqual(['GeneralException', 'ok', 'ok']);
    const result = analyzeSheet(grid, { year: 2024 });
    expect(result.ok && result.analysis.activities.length).toBe(600);
    expect(result.ok && result.analysis.issues.filter((i) => i.code === 'merge_info_unavailable')).toEqual([]);
  });

  it('keeps every tile within 512 even for merged areas packed as tightly as they can be', async () => {
    // In a 170 × 5 band: a 1×2 area from each cell of column E (reaching into F), a 2×1 area from
    // each of A–D in the band's last row (reaching into the next band), two 1×2 areas in each other
    // row: 170 + 4 + 338 = 512 areas starting in the band, the most a tile of its size can hold.
    const merges: string[] = [];
    const rows: SetupValue[][] = Array.from({ length: 340 }, () => [null, null, null, null, null]);
    const start = (r: number, c: number, address: string): void => {
      rows[r][c] = 'x';
      merges.push(address);
    };
    for (let r = 0; r < 340; r++) {
      start(r, 4, `E${r + 1}:F${r + 1}`);
      if (r === 169) for (const [c, l] of ['A', 'B', 'C', 'D'].entries()) start(r, c, `${l}${r + 1}:${l}${r + 2}`);
      else if (r !== 170) {
        start(r, 0, `A${r + 1}:B${r + 1}`);
        start(r, 2, `C${r + 1}:D${r + 1}`);
      }
    }
    setUp({ sheets: [{ name: SOURCE, rows, merges }] });
    const grid = await port.readSheet(SOURCE);
    expect([grid.merges?.length, outcomes()]).toEqual([merges.length, ['GeneralException', 'ok', 'ok']]);
  });
});

describe('item 5: cell-edit mode', () => {
  it('waits for the user to leave the cell before reading (delayForCellEdit) instead of failing', async () => {
    const rows = scheduleRows(4);
    setUp({ sheets: [{ name: SOURCE, rows }] });
    fake.setCellEditMode(true);
    let outcome = 'pending';
    const reading = port.readSheet(SOURCE).then(
      (grid) => ((outcome = 'read'), grid),
      (error: unknown) => ((outcome = error instanceof PortError ? error.code : String(error)), null),
    );
    await settle();
    expect([outcome, fake.syncCount]).toEqual(['pending', 0]);
    fake.setCellEditMode(false);
    const grid = await reading;
    expect([outcome, fake.syncCount]).toEqual(['read', 1]);
    expect(grid && rectangle(grid).values).toEqual(asRead(rows));
  });

  it('still says so in words where the host ignores the option, and for a button the user pressed', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(4) }], delayForCellEdit: 'ignored' });
    fake.setCellEditMode(true);
    const ignored = await portError(port.readSheet(SOURCE));
    fake.state.delayForCellEdit = 'honoured';
    const grid = await Promise.race([port.readSheet(SOURCE).catch(() => null), settle().then(() => 'waiting')]);
    const pressed = await portError(port.writePlanSheets(specsFor(analyzableGrid())));
    fake.setCellEditMode(false);
    expect([ignored, grid, pressed]).toEqual(['cell_edit_mode', 'waiting', 'cell_edit_mode']);
  });
});

/** A schedule grid, for specs that do not depend on the workbook under test. */
function analyzableGrid() {
  return {
    sheetName: SOURCE,
    rows: [
      { row: 1, cols: [0, 1], values: ['月份', '工作内容'] },
      { row: 2, cols: [0, 1], values: ['1月', '迎新'] },
    ],
    merges: [],
  };
}

/** The schedule with drop-downs in its status column, read once (as the pane shows it) and watched. */
async function watched(options: Partial<FakeExcelOptions> = {}, onChange?: () => void): Promise<{ calls: () => number }> {
  setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(6), dropDowns: [{ address: 'E3:E500', values: STATUS }] }], ...options });
  await port.readSheet(SOURCE);
  let calls = 0;
  await port.watchSheet(SOURCE, () => {
    calls++;
    onChange?.();
  });
  fake.resetSyncs();
  return { calls: () => calls };
}

describe('item 6: a pick from a drop-down fires no onChanged on the web', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
  });

  it('re-reads once the selection moves off the picked cell, after one small check per settled move', async () => {
    const { calls } = await watched();
    fake.userSelect(SOURCE, 'E4');
    await advance(1000);
    fake.pickFromDropDown(SOURCE, 'E4', '未开展');
    await advance(1000);
    const beforeMove = [calls(), fake.syncCount];
    fake.userSelect(SOURCE, 'E5');
    await advance(1500);
    fake.userSelect(SOURCE, 'E6');
    await advance(1500);
    expect([beforeMove, [calls(), fake.syncCount]]).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(fake.syncs.every((s) => s.requestBytes < 1000 && s.responseBytes < 1000)).toBe(true);
  });

  it('notices a pick made right after the click that selected the cell, before any check ran', async () => {
    const { calls } = await watched();
    fake.pickFromDropDown(SOURCE, 'E3', '进行中');
    await advance(100);
    fake.userSelect(SOURCE, 'E4');
    await advance(100);
    fake.userSelect(SOURCE, 'B7');
    await advance(1500);
    expect([calls(), fake.syncCount]).toEqual([1, 1]);
  });

  it('checks once for a run of quick moves, and reads nothing more when nothing changed', async () => {
    const { calls } = await watched();
    for (const cell of ['B3', 'B4', 'B5', 'B6']) {
      fake.userSelect(SOURCE, cell);
      await advance(100);
    }
    await advance(1000);
    expect([calls(), fake.syncCount]).toEqual([0, 1]);
  });

  it('calls back once, not twice, where the host does fire onChanged for the pick', async () => {
    const { calls } = await watched({ dropDownPickFiresOnChanged: true }, () => void port.readSheet(SOURCE));
    fake.userSelect(SOURCE, 'E3');
    await advance(1000);
    fake.pickFromDropDown(SOURCE, 'E3', '已完成');
    await advance(1000);
    fake.userSelect(SOURCE, 'E4');
    await advance(1500);
    expect(calls()).toBe(1);
  });

  it('notices a pick in a schedule sheet the add-in made itself (新建活动安排表)', async () => {
    setUp({ sheets: [{ name: SOURCE }] });
    const template = { name: '新计划', title: '2025年工会活动安排表', headers: HEADERS, lists: [{ column: 4, values: STATUS }] };
    const name = await port.createScheduleSheet(template);
    await port.readSheet(name);
    let calls = 0;
    await port.watchSheet(name, () => calls++);
    await advance(2000);
    fake.userSelect(name, 'E3');
    await advance(1000);
    fake.pickFromDropDown(name, 'E3', '进行中');
    await advance(1000);
    fake.userSelect(name, 'A3');
    await advance(1500);
    expect(calls).toBe(1);
  });
});

describe('item 7: a cell holds 32,767 characters', () => {
  it('refuses to save a setting longer than that, in words, before writing anything', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(3) }] });
    const code = await portError(port.saveSettings({ unit: '工会', guidance: '坚持'.repeat(20_000) }));
    expect([code, fake.sheetNames(), fake.syncs.filter((s) => s.error)]).toEqual(['setting_too_long', [SOURCE], []]);
  });

  it('saves one of exactly 32,767 characters', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(3) }] });
    // JSON adds two quotes around the text.
    const guidance = '坚'.repeat(32_765);
    await port.saveSettings({ guidance });
    expect(await port.loadSettings()).toEqual({ guidance });
  });
});

describe('item 8: workbook structure, defined names, quoted sheet names', () => {
  it('says the workbook structure is protected before trying to add sheets, and changes nothing', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }], structureProtected: true });
    const before = fake.snapshotSheet(SOURCE);
    const grid = await port.readSheet(SOURCE);
    fake.resetSyncs();
    const build = await portError(port.writePlanSheets(specsFor(grid)));
    const buildSyncs = outcomes();
    const create = await portError(port.createScheduleSheet({ name: '新表', title: 't', headers: ['月份'], lists: [] }));
    const save = await portError(port.saveSettings({ unit: '工会' }));
    expect([build, buildSyncs, create, save]).toEqual(['workbook_protected', ['ok'], 'workbook_protected', 'workbook_protected']);
    expect([fake.sheetNames(), fake.snapshotSheet(SOURCE)]).toEqual([[SOURCE], before]);
  });

  it('still saves settings into an existing settings sheet under structure protection', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }] });
    await port.saveSettings({ unit: '工会' });
    fake.protectStructure();
    await port.saveSettings({ unit: '教育工会' });
    expect(await port.loadSettings()).toEqual({ unit: '教育工会' });
  });

  it('gives a table another name where a defined name has taken ours', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }], names: ['PlanSheet_Work', 'plansheet_monthly'] });
    const report = await port.writePlanSheets(specsFor(await port.readSheet(SOURCE)));
    expect(report.sheets.map((s) => s.table)).toEqual(['PlanSheet_Work_2', 'PlanSheet_Monthly_2', 'PlanSheet_Coverage']);
    expect(fake.tables().map((t) => t.name)).toEqual(['PlanSheet_Work_2', 'PlanSheet_Monthly_2', 'PlanSheet_Coverage']);
  });

  it('keeps long lists in a sheet of its own beside a user’s sheet of that name, quoting its name in the rule', async () => {
    setUp({ sheets: [{ name: SOURCE }, { name: '_plansheet_lists', rows: [['我的清单']] }] });
    const users = fake.snapshotSheet('_plansheet_lists');
    const values = Array.from({ length: 40 }, (_, i) => `第${i + 1}类工作，含逗号`);
    const name = await port.createScheduleSheet({ name: '活动安排表', title: 't', headers: HEADERS, lists: [{ column: 2, values }] });
    expect(fake.snapshotSheet('_plansheet_lists')).toEqual(users);
    expect(fake.sheet(name).dataValidations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: "='_plansheet_lists (2)'!$A$2:$A$41" } },
    ]);
    expect([fake.sheet('_plansheet_lists (2)').visibility, fake.values('_plansheet_lists (2)', 'A1:A2')]).toEqual([
      'VeryHidden',
      [['活动安排表'], ['第1类工作，含逗号']],
    ]);
    fake.pickFromDropDown(name, 'C3', '第40类工作，含逗号');
    expect(fake.values(name, 'C3')).toEqual([['第40类工作，含逗号']]);
  });
});

describe('the round-trip budget with all of it in place', () => {
  it('reads and builds in three round trips: formatted columns, drop-downs, merges, defined names, settings', async () => {
    const rows = scheduleRows(200);
    setUp({
      sheets: [{ name: SOURCE, rows, formatted: ['A:E', '1:2'], dropDowns: [{ address: 'E:E', values: STATUS }], merges: ['A1:E1'] }],
      names: ['打印区域'],
    });
    await port.saveSettings({ unit: '××学校工会' });
    fake.resetSyncs();
    const grid = await port.readSheet(SOURCE);
    await port.writePlanSheets(specsFor(grid));
    expect(outcomes()).toEqual(['ok', 'ok', 'ok']);
    expect(fake.syncs.every((s) => s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
  });
});
