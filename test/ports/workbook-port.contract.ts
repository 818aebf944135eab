import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { PortError, type WorkbookPort } from '../../src/core/ports/workbook-port';
import type { CellValue, Grid } from '../../src/core/sheet/grid';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import { scheduleTemplate } from '../../src/core/tables/schedule-template';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import { rectangle } from '../helpers/grid';

/** A sheet a port starts with: its name and its cells from A1 (strings as text). */
export interface ContractSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number)[])[];
}

/** Makes the port under test over a workbook holding these sheets, and what undoes it. */
export type PortMaker = (sheets: readonly ContractSheet[]) => Promise<{ port: WorkbookPort; dispose?: () => void }>;

export const SOURCE = '活动安排';

const SCHEDULE: ContractSheet = {
  name: SOURCE,
  rows: [
    ['2024年工会活动安排表'],
    ['月份', '活动内容', '工作类别', '负责人', '完成情况'],
    ['1月', '新春慰问', '关爱帮扶', '王芳', '已完成'],
    ['3月', '三八节活动', '职工文体活动', '李娜', '已完成'],
    ['5月', '职工运动会', '职工文体活动', '张伟', '进行中'],
  ],
};
/** The schedule's cells as read back: the title row padded with blanks to the used range. */
const SOURCE_CELLS = SCHEDULE.rows.map((row) => [...row, ...Array.from({ length: 5 - row.length }, () => null)]);
const NOTES: ContractSheet = { name: '说明', rows: [['我的笔记'], ['不要动']] };

/** A sheet's cells as the user sees them: the values of its used range from A1, blanks null. */
function cellsOf(grid: Grid): { sheet: string; values: CellValue[][] } {
  const { origin, values } = rectangle(grid);
  const blanks = (n: number): null[] => Array.from({ length: n }, () => null);
  const padded = [...Array.from({ length: origin.row }, () => []), ...values].map((row) => [...blanks(origin.col), ...row]);
  return { sheet: grid.sheetName, values: padded };
}

function specsOf(grid: Grid): SheetSpec[] {
  const result = analyzeSheet(grid, { year: 2024 });
  if (!result.ok) throw new Error(`not a schedule: ${JSON.stringify(result.issues)}`);
  return describePlanSheets(result.analysis, 'zh');
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof PortError ? error.code : `not a PortError: ${String(error)}`;
  }
  return 'resolved';
}

const WRITTEN = [
  { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', rows: 3 },
  { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly', rows: 12 },
  { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', rows: 12 },
];
const OUTPUTS = WRITTEN.map(({ key, sheet, table }) => ({ key, sheet, table }));

/**
 * What every WorkbookPort does, whatever its host: the same calls give the same whole results,
 * so that the pane's test port cannot drift from the Excel and file ports it stands for.
 */
export function workbookPortContract(name: string, make: PortMaker): void {
  describe(`${name} keeps the WorkbookPort contract`, () => {
    let dispose: (() => void) | undefined;
    const open = async (sheets: readonly ContractSheet[]): Promise<WorkbookPort> => {
      const made = await make(sheets);
      dispose = made.dispose;
      return made.port;
    };
    afterEach(() => {
      dispose?.();
      dispose = undefined;
    });

    it('lists the sheets in workbook order', async () => {
      const port = await open([SCHEDULE, NOTES]);
      expect(await port.listSheets()).toEqual([SOURCE, '说明']);
    });

    it('reads a sheet’s cells', async () => {
      const port = await open([SCHEDULE, NOTES]);
      expect(cellsOf(await port.readSheet('说明'))).toEqual({ sheet: '说明', values: [['我的笔记'], ['不要动']] });
      expect(cellsOf(await port.readSheet(SOURCE))).toEqual({ sheet: SOURCE, values: SOURCE_CELLS });
    });

    it('rejects a sheet that is not there with sheet_not_found', async () => {
      const port = await open([SCHEDULE]);
      expect(await codeOf(port.readSheet('无此表'))).toBe('sheet_not_found');
    });

    it('writes the plan sheets beside the source, reporting them, and records them as ours', async () => {
      const port = await open([SCHEDULE, NOTES]);
      const specs = specsOf(await port.readSheet(SOURCE));
      const progress: [number, number][] = [];
      const report = await port.writePlanSheets(specs, (done, total) => progress.push([done, total]));
      expect(report).toEqual({ sheets: WRITTEN.map((s) => ({ ...s, replaced: false })) });
      expect(await port.listSheets()).toEqual([SOURCE, '说明', '主要工作', '月度安排', '覆盖检查']);
      expect(await port.loadSettings()).toEqual({ outputs: OUTPUTS });
      expect(cellsOf(await port.readSheet(SOURCE))).toEqual({ sheet: SOURCE, values: SOURCE_CELLS });
      const last = progress[progress.length - 1];
      expect(last !== undefined && last[0] === last[1] && progress.every(([d, t], i) => d === i + 1 && t === last[1])).toBe(true);
    });

    it('writes each output sheet as its header and rows', async () => {
      const port = await open([SCHEDULE]);
      const specs = specsOf(await port.readSheet(SOURCE));
      await port.writePlanSheets(specs);
      const monthly = specs[1] as SheetSpec;
      expect(cellsOf(await port.readSheet('月度安排'))).toEqual({
        sheet: '月度安排',
        values: [monthly.columns.map((c) => c.header), ...monthly.rows.map((row) => row.map((v) => (v === '' ? null : v)))],
      });
    });

    it('writes an empty plan as a table of its header alone', async () => {
      const port = await open([SCHEDULE]);
      const [work] = specsOf(await port.readSheet(SOURCE));
      if (work === undefined) throw new Error('no work sheet described');
      const report = await port.writePlanSheets([{ ...work, rows: [] }]);
      expect(report).toEqual({ sheets: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', rows: 0, replaced: false }] });
      expect(cellsOf(await port.readSheet('主要工作'))).toEqual({ sheet: '主要工作', values: [work.columns.map((c) => c.header)] });
    });

    it('replaces only its own sheets on a second write, and leaves a user’s sheet of the same name alone', async () => {
      const port = await open([SCHEDULE, { name: '主要工作', rows: [['我的笔记'], ['不要动']] }]);
      const specs = specsOf(await port.readSheet(SOURCE));
      const first = await port.writePlanSheets(specs);
      const second = await port.writePlanSheets(specs);
      const written = WRITTEN.map((s) => (s.key === 'work' ? { ...s, sheet: '主要工作 (2)' } : s));
      expect(first).toEqual({ sheets: written.map((s) => ({ ...s, replaced: false })) });
      expect(second).toEqual({ sheets: written.map((s) => ({ ...s, replaced: true })) });
      expect(cellsOf(await port.readSheet('主要工作'))).toEqual({ sheet: '主要工作', values: [['我的笔记'], ['不要动']] });
      expect(await port.listSheets()).toEqual([SOURCE, '主要工作', '主要工作 (2)', '月度安排', '覆盖检查']);
      expect(await port.loadSettings()).toEqual({ outputs: written.map(({ key, sheet, table }) => ({ key, sheet, table })) });
    });

    it('does not take a user’s sheet that an old record names as ours', async () => {
      const port = await open([SCHEDULE, { name: '月度安排', rows: [['我的月历']] }]);
      await port.saveSettings({ unit: '工会', outputs: [{ key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' }] });
      const report = await port.writePlanSheets(specsOf(await port.readSheet(SOURCE)));
      expect(report.sheets.map((s) => [s.sheet, s.replaced])).toEqual([
        ['主要工作', false],
        ['月度安排 (2)', false],
        ['覆盖检查', false],
      ]);
      expect(cellsOf(await port.readSheet('月度安排'))).toEqual({ sheet: '月度安排', values: [['我的月历']] });
    });

    it('saves and loads settings, keeping the record of its outputs, which only a write changes', async () => {
      const port = await open([SCHEDULE]);
      expect(await port.loadSettings()).toEqual({});
      const settings = { unit: '市第一中学工会', year: 2024, sheet: SOURCE, guidance: '以习近平新时代中国特色社会主义思想为指导' };
      await port.saveSettings(settings);
      expect(await port.loadSettings()).toEqual(settings);
      await port.writePlanSheets(specsOf(await port.readSheet(SOURCE)));
      await port.saveSettings({ unit: '新名字', outputs: [{ key: 'work', sheet: '说明', table: 'X' }] });
      expect(await port.loadSettings()).toEqual({ unit: '新名字', outputs: OUTPUTS });
    });

    it('creates a schedule sheet with its title and headers, and names it', async () => {
      const port = await open([SCHEDULE]);
      const template = scheduleTemplate('zh', 2025, await port.listSheets());
      expect(await port.createScheduleSheet(template)).toBe('活动安排表');
      expect(await port.listSheets()).toEqual([SOURCE, '活动安排表']);
      expect(cellsOf(await port.readSheet('活动安排表'))).toEqual({
        sheet: '活动安排表',
        values: [
          ['2025年工会活动安排表', null, null, null, null, null],
          ['月份', '工作内容', '工作类别', '负责人', '完成情况', '备注'],
        ],
      });
    });

    it('selects a cell and watches a sheet without failing', async () => {
      const port = await open([SCHEDULE]);
      await expect(port.selectCell(SOURCE, 'B3')).resolves.toBeUndefined();
      const stop = await port.watchSheet(SOURCE, () => undefined);
      expect(typeof stop).toBe('function');
      stop();
    });
  });
}
