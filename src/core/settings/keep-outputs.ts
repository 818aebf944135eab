import type { PlanSettings } from './plan-settings';

/**
 * Settings as `next` has them, except `outputs`, which stay exactly as `stored` has them. The
 * record of which sheets are ours changes only through a write of the plan sheets
 * (`recordOutputs`): a save that comes late, or a pane that never saw the last write, must not
 * make the add-in forget its sheets (it would then take them for the user's) or claim a user's.
 * Every adapter that saves settings asks this, so the rule is kept in one place.
 *
 * @example
 * keepOutputs({ unit: '旧', outputs: [{ key: 'work', sheet: '主要工作', table: 'T' }] }, { unit: '新', outputs: [] })
 * //=> { unit: '新', outputs: [{ key: 'work', sheet: '主要工作', table: 'T' }] }
 * keepOutputs({}, { unit: '新', outputs: [{ key: 'work', sheet: '备注', table: 'T' }] })
 * //=> { unit: '新' }
 */
export function keepOutputs(stored: PlanSettings, next: PlanSettings): PlanSettings {
  // Spreading keeps `outputs` where `next` had it, so the settings rows keep their order.
  const kept: { -readonly [K in keyof PlanSettings]: PlanSettings[K] } = { ...next, outputs: stored.outputs };
  if (kept.outputs === undefined) delete kept.outputs;
  return kept;
}
