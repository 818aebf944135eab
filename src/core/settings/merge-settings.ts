import { keepOutputs } from './keep-outputs';
import type { PlanSettings } from './plan-settings';

/**
 * The settings to save: what is stored now, with the pane's edits on top — except
 * `outputs`, which only the adapter writing the plan sheets may change (`keepOutputs`), so that
 * an edit saved late never makes the add-in forget which sheets are its own.
 *
 * @example
 * mergeSettings({ unit: '旧', outputs: [{ key: 'work', sheet: '主要工作', table: 'T' }] }, { unit: '新', outputs: [] })
 * //=> { unit: '新', outputs: [{ key: 'work', sheet: '主要工作', table: 'T' }] }
 */
export function mergeSettings(stored: PlanSettings, edits: PlanSettings): PlanSettings {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(edits)) if (value !== undefined) merged[key] = value;
  return keepOutputs(stored, merged as PlanSettings);
}
