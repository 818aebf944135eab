import { analyzeSheet, type AnalyzeOptions } from '../plan/analyze-sheet';
import type { AnalysisResult } from '../plan/analysis';
import type { Grid } from './grid';

export interface FindScheduleOptions extends AnalyzeOptions {
  /** The sheet to use; without it, the first sheet with a schedule header. */
  readonly sheet?: string;
}

/**
 * The schedule sheet of a workbook and its analysis: the named sheet, or the
 * first whose header names a month and an activity column. Null when a named
 * sheet does not exist or no sheet is a schedule.
 *
 * @example
 * findScheduleSheet([notes, schedule])?.grid.sheetName //=> '活动安排'
 */
export function findScheduleSheet(grids: readonly Grid[], options: FindScheduleOptions = {}): { grid: Grid; result: AnalysisResult } | null {
  if (options.sheet !== undefined) {
    const grid = grids.find((g) => g.sheetName === options.sheet);
    return grid ? { grid, result: analyzeSheet(grid, options) } : null;
  }
  for (const grid of grids) {
    const result = analyzeSheet(grid, options);
    if (result.ok) return { grid, result };
  }
  return null;
}
