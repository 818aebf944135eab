import type { Grid } from '../../src/core/sheet/grid';
import { resolveSchedule, type ScheduleFound } from '../../src/core/sheet/resolve-schedule';
import type { PlanSettings } from '../../src/core/settings/plan-settings';

/** The schedule of a workbook read from a file, found as the command line and the pane find it. */
export async function scheduleOf(data: { readonly sheets: readonly Grid[]; readonly settings: PlanSettings }): Promise<ScheduleFound> {
  const byName = new Map(data.sheets.map((g) => [g.sheetName, g]));
  const found = await resolveSchedule({ names: [...byName.keys()], read: (name) => byName.get(name) as Grid }, data.settings);
  if (found.by === 'none' || found.by === 'missing') throw new Error('the workbook has no sheet that may hold a schedule');
  return found;
}
