import { createExcelPort } from '../../src/excel/excel-port';
import { PortError, type WorkbookPort } from '../../src/core/ports/workbook-port';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fakes/excel-fake';
import { HEADERS, scheduleRows, SOURCE } from './schedule-data';

let fake: FakeExcel;
let port: WorkbookPort;
let uninstall: (() => void) | undefined;

function setUp(options: FakeExcelOptions): void {
  fake = createFakeExcel(options);
  uninstall = fake.install();
  port = createExcelPort();
}

/** Lets queued promise callbacks (the fake's syncs) run; timers stay where they are. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
});

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  jest.useRealTimers();
});

describe('watching the schedule sheet', () => {
  it('calls back once, 500 ms after the user stops editing', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }] });
    const calls: number[] = [];
    await port.watchSheet(SOURCE, () => calls.push(Date.now()));
    const start = Date.now();
    fake.userEdit(SOURCE, 'A3', [['2月']]);
    jest.advanceTimersByTime(200);
    fake.userEdit(SOURCE, 'A4', [['3月']]);
    jest.advanceTimersByTime(200);
    fake.userEdit(SOURCE, 'B4', [['新活动']]);
    jest.advanceTimersByTime(499);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(2);
    fake.userEdit(SOURCE, 'C4', [['民主管理']]);
    jest.advanceTimersByTime(1000);
    expect(calls.map((t) => t - start)).toEqual([900, 1401]);
  });

  it('ignores what the add-in writes itself, told by the event (ExcelApi 1.14)', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }] });
    let calls = 0;
    await port.watchSheet(SOURCE, () => calls++);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SOURCE).getRange('F1').values = [['the add-in']];
      await context.sync();
    });
    jest.advanceTimersByTime(2000);
    fake.userEdit(SOURCE, 'A3', [['4月']]);
    jest.advanceTimersByTime(600);
    expect(calls).toBe(1);
  });

  it('ignores the late events of its own writes where the host does not tell (before ExcelApi 1.14)', async () => {
    setUp({ sheets: [{ name: SOURCE }], apiVersion: '1.13' });
    let calls = 0;
    const name = await port.createScheduleSheet({ name: '新计划', title: '2025年工会活动安排表', headers: HEADERS, lists: [] });
    await port.watchSheet(name, () => calls++);
    // The events of the sheet's creation arrive only now, after the watch began.
    jest.advanceTimersByTime(2000);
    expect(calls).toBe(0);
    fake.userEdit(name, 'A3', [['1月']]);
    jest.advanceTimersByTime(600);
    expect(calls).toBe(1);
  });

  it('stops calling back, and removes its handler, once unsubscribed', async () => {
    setUp({ sheets: [{ name: SOURCE, rows: scheduleRows(5) }] });
    let calls = 0;
    const stop = await port.watchSheet(SOURCE, () => calls++);
    fake.userEdit(SOURCE, 'A3', [['2月']]);
    stop();
    await settle();
    jest.advanceTimersByTime(1000);
    fake.userEdit(SOURCE, 'A4', [['3月']]);
    jest.advanceTimersByTime(1000);
    expect([calls, fake.state.handlers.length]).toEqual([0, 0]);
  });

  it('says why it cannot watch: an old host, or no such sheet', async () => {
    setUp({ sheets: [{ name: SOURCE }], apiVersion: '1.6' });
    const codes: string[] = [];
    for (const attempt of [
      () => port.watchSheet(SOURCE, () => undefined),
      () => (fake.setApiVersion('1.17'), port.watchSheet('没有', () => undefined)),
    ]) {
      try {
        await attempt();
        codes.push('resolved');
      } catch (error) {
        codes.push(error instanceof PortError ? error.code : String(error));
      }
    }
    expect(codes).toEqual(['api_unsupported', 'sheet_not_found']);
  });
});
