import { useMemo } from 'react';
import { analyzeOptionsFromSettings } from '../../core/settings/analyze-options-from-settings';
import { analyzeSheet, type AnalyzeOptions } from '../../core/plan/analyze-sheet';
import type { AnalysisResult } from '../../core/plan/analysis';
import type { Grid } from '../../core/sheet/grid';
import type { PlanSettings } from '../../core/settings/plan-settings';

/**
 * The analysis of the source grid under the settings that bear on it (year, first month, exempt months,
 * column overrides). Every keystroke in a document field makes new settings; keyed by the analysis
 * options as text, a long schedule is analysed again only when one of those options changes.
 */
export function useAnalysis(grid: Grid | null, settings: PlanSettings): AnalysisResult | null {
  const key = JSON.stringify(analyzeOptionsFromSettings(settings));
  const options = useMemo(() => JSON.parse(key) as AnalyzeOptions, [key]);
  return useMemo(() => (grid ? analyzeSheet(grid, options) : null), [grid, options]);
}
