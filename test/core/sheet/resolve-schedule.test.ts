import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { resolveSchedule, type ScheduleSheets } from '../../../src/core/sheet/resolve-schedule';
import type { CellValue, Grid } from '../../../src/core/sheet/grid';
import type { PlanSettings } from '../../../src/core/settings/plan-settings';
import { grid } from '../../helpers/grid';

const HEADER: CellValue[] = ['月份', '活动内容', '工作类别', '负责人'];
const ROWS: CellValue[][] = [
  ['1月', '元旦联欢会', '文体活动', '张老师'],
  ['3月', '三八节座谈会', '关爱帮扶', '李老师'],
  ['9月', '教师节慰问', '关爱帮扶', '张老师'],
];

function schedule(sheet: string): Grid {
  return grid([['2024年工会活动安排表', null, null, null], HEADER, ...ROWS], { sheet, merges: ['A1:D1'] });
}
const notes = (sheet: string) => grid([['说明'], ['这张表记录了会议纪要。']], { sheet });
const OURS: PlanSettings['outputs'] = [{ key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' }];

/** A workbook whose reads are counted, as the pane's port would make them (asynchronously, one by one). */
function workbook(grids: readonly Grid[]): ScheduleSheets & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    names: grids.map((g) => g.sheetName),
    read: async (name) => {
      reads.push(name);
      return grids.find((g) => g.sheetName === name)!;
    },
  };
}

describe('resolveSchedule', () => {
  it('finds the schedule behind a notes sheet, reading no sheet after it', async () => {
    const book = workbook([notes('说明'), schedule('活动安排'), schedule('2023')]);
    const found = schedule('活动安排');
    expect(await resolveSchedule(book, {})).toEqual({
      by: 'detected',
      sheet: '活动安排',
      grid: found,
      result: analyzeSheet(found),
      candidates: ['说明', '活动安排', '2023'],
      options: {},
    });
    expect(book.reads).toEqual(['说明', '活动安排']);
  });

  it('offers the first candidate, not a schedule, when no sheet is one (so that the pane can say why)', async () => {
    const book = workbook([notes('说明'), notes('备注')]);
    expect(await resolveSchedule(book, {})).toEqual({
      by: 'first',
      sheet: '说明',
      grid: notes('说明'),
      result: analyzeSheet(notes('说明')),
      candidates: ['说明', '备注'],
      options: {},
    });
    expect(book.reads).toEqual(['说明', '备注']);
  });

  it('gives none for a workbook with no sheet but ours', async () => {
    const book = workbook([schedule('月度安排'), notes('_plansheet')]);
    expect(await resolveSchedule(book, { outputs: OURS })).toEqual({ by: 'none', candidates: [], options: {} });
    expect(book.reads).toEqual([]);
  });

  it('never takes a sheet it wrote, or its settings sheet, for the schedule', async () => {
    const book = workbook([schedule('月度安排'), notes('_plansheet'), notes('说明'), schedule('活动安排')]);
    const result = await resolveSchedule(book, { outputs: OURS });
    expect([result.by, result.by === 'detected' && result.sheet, result.candidates, book.reads]).toEqual([
      'detected',
      '活动安排',
      ['说明', '活动安排'],
      ['说明', '活动安排'],
    ]);
  });

  it('remembers the sheet saved in the settings while it exists, reading only that one, schedule or not', async () => {
    const book = workbook([schedule('活动安排'), notes('说明')]);
    expect(await resolveSchedule(book, { sheet: '说明' })).toEqual({
      by: 'saved',
      sheet: '说明',
      grid: notes('说明'),
      result: analyzeSheet(notes('说明')),
      candidates: ['活动安排', '说明'],
      options: {},
    });
    expect(book.reads).toEqual(['说明']);
  });

  it('detects again when the saved sheet is gone, or has become one of ours', async () => {
    for (const settings of [
      { sheet: '已删除', outputs: OURS },
      { sheet: '月度安排', outputs: OURS },
    ]) {
      const book = workbook([notes('说明'), schedule('月度安排'), schedule('活动安排')]);
      const result = await resolveSchedule(book, settings);
      expect([result.by, 'sheet' in result && result.sheet]).toEqual(['detected', '活动安排']);
    }
  });

  it('takes the sheet the user named over the saved and the detected one, even a sheet of ours', async () => {
    const book = workbook([schedule('活动安排'), schedule('月度安排'), notes('说明')]);
    expect(await resolveSchedule(book, { sheet: '活动安排', outputs: OURS }, { sheet: '月度安排' })).toEqual({
      by: 'named',
      sheet: '月度安排',
      grid: schedule('月度安排'),
      result: analyzeSheet(schedule('月度安排')),
      candidates: ['活动安排', '说明'],
      options: {},
    });
    expect(book.reads).toEqual(['月度安排']);
  });

  it('says a named sheet is missing without reading anything', async () => {
    const book = workbook([schedule('活动安排')]);
    expect(await resolveSchedule(book, { sheet: '活动安排' }, { sheet: '2025年' })).toEqual({
      by: 'missing',
      sheet: '2025年',
      candidates: ['活动安排'],
      options: {},
    });
    expect(book.reads).toEqual([]);
  });

  it('analyses with the saved options, the user’s on top, and detects with them', async () => {
    const grids = [schedule('活动安排')];
    const settings: PlanSettings = { year: 2023, startMonth: 9, exempt: [7, 8], columns: { owner: 'C' }, unit: '工会' };
    const options = { year: 2025, startMonth: 9, exempt: [2], columns: { owner: 'C' } };
    expect(await resolveSchedule({ names: ['活动安排'], read: () => grids[0] }, settings, { year: 2025, exempt: [2] })).toEqual({
      by: 'detected',
      sheet: '活动安排',
      grid: grids[0],
      result: analyzeSheet(grids[0], options),
      candidates: ['活动安排'],
      options,
    });
  });

  it('keeps a year of null in the settings as "work it out from the sheet"', async () => {
    const result = await resolveSchedule({ names: [], read: () => notes('x') }, { year: null, startMonth: 3 }, {});
    expect(result).toEqual({ by: 'none', candidates: [], options: { startMonth: 3 } });
  });
});
