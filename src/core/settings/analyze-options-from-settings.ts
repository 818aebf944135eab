import type { AnalyzeOptions } from '../plan/analyze-sheet';
import type { Field } from '../sheet/header/header-match';
import type { PlanSettings } from './plan-settings';

/**
 * The analysis options the saved settings ask for. Only what the user set is passed
 * on, so that everything left out keeps analyzeSheet's own default or detection
 * (a year of `null` means "work it out from the sheet").
 *
 * @example
 * analyzeOptionsFromSettings({ startMonth: 9, exempt: [2, 8], columns: { month: 'B' }, unit: '工会' })
 * //=> { startMonth: 9, exempt: [2, 8], columns: { month: 'B' } }
 * analyzeOptionsFromSettings({ year: null, columns: {} })
 * //=> {}
 */
export function analyzeOptionsFromSettings(settings: PlanSettings): AnalyzeOptions {
  const options: { -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K] } = {};
  if (typeof settings.year === 'number') options.year = settings.year;
  if (settings.startMonth !== undefined) options.startMonth = settings.startMonth;
  if (settings.exempt !== undefined) options.exempt = [...settings.exempt];
  const columns = Object.fromEntries(Object.entries(settings.columns ?? {}).filter(([, letters]) => Boolean(letters)));
  if (Object.keys(columns).length > 0) options.columns = columns as Partial<Record<Field, string>>;
  return options;
}
