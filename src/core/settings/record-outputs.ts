import type { OutputTarget } from '../tables/choose-output-names';
import type { PlanSettings } from './plan-settings';

/**
 * The settings to write with the plan sheets: the same settings, with `outputs` naming the
 * sheets and tables just written, so that the next write replaces only those. A write of the
 * plan sheets is the one place the record of our sheets changes (`keepOutputs` keeps it
 * everywhere else).
 *
 * @example
 * recordOutputs({ unit: '工会' }, [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', replace: false }])
 * //=> { unit: '工会', outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }] }
 */
export function recordOutputs(settings: PlanSettings, targets: readonly Pick<OutputTarget, 'key' | 'sheet' | 'table'>[]): PlanSettings {
  return { ...settings, outputs: targets.map((t) => ({ key: t.key, sheet: t.sheet, table: t.table })) };
}
