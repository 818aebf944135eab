import type { Grid } from '../../../src/core/sheet/grid';
import { SETTINGS_SHEET, type PlanSettings } from '../../../src/core/settings/plan-settings';
import { findSourceSheet } from '../../../src/taskpane/hooks/use-source-sheet';
import { grid } from '../../helpers/grid';

const schedule = (sheet: string) =>
  grid(
    [
      ['月份', '活动内容'],
      ['1月', '元旦联欢会'],
      ['3月', '三八节座谈会'],
    ],
    { sheet },
  );
const notes = (sheet: string) => grid([['说明'], ['这张表记录了会议纪要。']], { sheet });

/** A workbook of grids and the sheets read from it, in order. */
function workbook(grids: readonly Grid[]) {
  const reads: string[] = [];
  const read = async (name: string) => {
    reads.push(name);
    const found = grids.find((g) => g.sheetName === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return { names: grids.map((g) => g.sheetName), reads, read };
}

describe('findSourceSheet', () => {
  it('reads sheets one at a time and stops at the first that holds a schedule', async () => {
    const book = workbook([notes('说明'), schedule('活动安排'), schedule('备用')]);
    expect(await findSourceSheet(book.names, {}, book.read)).toEqual({
      sheet: '活动安排',
      detected: '活动安排',
      grid: schedule('活动安排'),
    });
    expect(book.reads).toEqual(['说明', '活动安排']);
  });

  it('takes the saved choice while it is still a candidate, reading only that sheet', async () => {
    const book = workbook([schedule('活动安排'), notes('说明')]);
    expect(await findSourceSheet(book.names, { sheet: '说明' }, book.read)).toEqual({ sheet: '说明', detected: null, grid: notes('说明') });
    expect(book.reads).toEqual(['说明']);
  });

  it('passes over our own output sheets, the settings sheet and a saved choice that is gone', async () => {
    const stored: PlanSettings = { sheet: '旧表', outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }] };
    const book = workbook([schedule('主要工作'), schedule(SETTINGS_SHEET), schedule('活动安排')]);
    expect(await findSourceSheet(book.names, stored, book.read)).toEqual({
      sheet: '活动安排',
      detected: '活动安排',
      grid: schedule('活动安排'),
    });
    expect(book.reads).toEqual(['活动安排']);
  });

  it('without a schedule anywhere, shows the first candidate as read', async () => {
    const book = workbook([notes('说明'), notes('备忘')]);
    expect(await findSourceSheet(book.names, {}, book.read)).toEqual({ sheet: '说明', detected: null, grid: notes('说明') });
    expect(book.reads).toEqual(['说明', '备忘']);
  });

  it('without a candidate, chooses no sheet and reads none', async () => {
    const book = workbook([schedule(SETTINGS_SHEET)]);
    expect(await findSourceSheet(book.names, {}, book.read)).toEqual({ sheet: null, detected: null, grid: null });
    expect(book.reads).toEqual([]);
  });
});
