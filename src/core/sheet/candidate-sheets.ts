import { SETTINGS_SHEET } from '../settings/plan-settings';
import type { PlanSettings } from '../settings/plan-settings';

/**
 * The sheets that may hold the user's schedule: every sheet except the settings
 * sheet and the output sheets this add-in wrote (a 月度安排 table looks enough like
 * a schedule to be detected as one otherwise).
 *
 * @example
 * candidateSheets(['安排表', '主要工作', '_plansheet'], { outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }] })
 * //=> ['安排表']
 */
export function candidateSheets(sheets: readonly string[], settings: PlanSettings): string[] {
  const ours = new Set((settings.outputs ?? []).map((o) => o.sheet));
  return sheets.filter((s) => s !== SETTINGS_SHEET && !ours.has(s));
}
