import { MAX_CELL_TEXT, oversizedSetting } from '../core/settings/oversized-setting';
import { settingsToRows } from '../core/settings/plan-settings';
import { PortError } from '../core/ports/workbook-port';
import type { PlanSettings } from '../core/settings/plan-settings';

/**
 * The settings as the rows of the settings sheet, or PortError 'setting_too_long' when one of
 * them would not fit in a cell (core's oversizedSetting, which the file adapter asks too), so that
 * nothing is written rather than a setting lost.
 */
export function settingsRows(settings: PlanSettings): (readonly [string, string])[] {
  const rows = settingsToRows(settings);
  const tooLong = oversizedSetting(rows);
  if (tooLong) throw new PortError('setting_too_long', `${tooLong.key}: ${tooLong.length} characters, a cell holds ${MAX_CELL_TEXT}`);
  return rows;
}
