import type { PlanSettings } from '../settings/plan-settings';
import type { OutputTarget } from './choose-output-names';

/**
 * The settings that record the sheets just written as ours, so that the next build replaces
 * them and leaves every other sheet alone. Only a write of the plan sheets calls this.
 *
 * @example
 * recordOutputs({ unit: '工会' }, [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', replace: false }])
 * //=> { unit: '工会', outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }] }
 */
export function recordOutputs(settings: PlanSettings, targets: readonly OutputTarget[]): PlanSettings {
  return { ...settings, outputs: targets.map((t) => ({ key: t.key, sheet: t.sheet, table: t.table })) };
}
