import { analyzeOptionsFromSettings } from '../settings/analyze-options-from-settings';
import { analyzeSheet, type AnalyzeOptions } from '../plan/analyze-sheet';
import type { AnalysisResult } from '../plan/analysis';
import type { PlanSettings } from '../settings/plan-settings';
import { candidateSheets } from './candidate-sheets';
import type { Grid } from './grid';

/** The sheets of a workbook, by name, each read only when asked for (inside Excel each read is a round trip). */
export interface ScheduleSheets {
  /** Every visible sheet, in workbook order. */
  readonly names: readonly string[];
  readonly read: (name: string) => Grid | Promise<Grid>;
}

/** What the user said for this run, over what the workbook keeps: the command line's options, the sheet picked in the pane. */
export interface ScheduleOverrides {
  /** A sheet the user named: used whatever it holds, even one the add-in wrote. */
  readonly sheet?: string;
  readonly year?: number;
  readonly startMonth?: number;
  readonly exempt?: readonly number[];
}

/**
 * How the schedule sheet was chosen: `named` by the user, `saved` in the settings (while it is
 * still a candidate), `detected` as the first candidate whose header makes a schedule, or `first`,
 * the first candidate when none does (so that the user sees why it is not a schedule).
 */
export type ScheduleFound = {
  readonly by: 'named' | 'saved' | 'detected' | 'first';
  readonly sheet: string;
  readonly grid: Grid;
  readonly result: AnalysisResult;
};

export type ResolvedSchedule = {
  /** The sheets that may hold the schedule (not ours, not the settings sheet): what the pane offers. */
  readonly candidates: readonly string[];
  /** The analysis options: the saved settings with the overrides on top. */
  readonly options: AnalyzeOptions;
} & (ScheduleFound | { readonly by: 'missing'; readonly sheet: string } | { readonly by: 'none' });

/**
 * Which sheet is the schedule, read and analysed, and with which options: the sheet the user
 * named (`missing` when the workbook has none of that name); else the sheet saved in the
 * settings while it is still a candidate; else the first candidate that is a schedule, read one
 * at a time and no further; else the first candidate, not a schedule (`none` when there is no
 * candidate at all). The command line and the pane both ask this, so they choose alike.
 *
 * @example
 * await resolveSchedule({ names: ['说明', '活动安排'], read }, {}, {})
 * //=> { by: 'detected', sheet: '活动安排', grid, result: { ok: true, … }, candidates: ['说明', '活动安排'], options: {} }
 * await resolveSchedule({ names: ['活动安排'], read }, { startMonth: 9 }, { sheet: '2025', year: 2025 })
 * //=> { by: 'missing', sheet: '2025', candidates: ['活动安排'], options: { startMonth: 9, year: 2025 } }
 */
export async function resolveSchedule(
  sheets: ScheduleSheets,
  settings: PlanSettings,
  overrides: ScheduleOverrides = {},
): Promise<ResolvedSchedule> {
  const candidates = candidateSheets(sheets.names, settings);
  const options = withOverrides(analyzeOptionsFromSettings(settings), overrides);
  const base = { candidates, options };
  const use = async (by: ScheduleFound['by'], sheet: string) => {
    const grid = await sheets.read(sheet);
    return { ...base, by, sheet, grid, result: analyzeSheet(grid, options) };
  };
  if (overrides.sheet !== undefined) {
    return sheets.names.includes(overrides.sheet) ? use('named', overrides.sheet) : { ...base, by: 'missing', sheet: overrides.sheet };
  }
  if (settings.sheet !== undefined && candidates.includes(settings.sheet)) return use('saved', settings.sheet);
  let first: ScheduleFound | null = null;
  for (const sheet of candidates) {
    const grid = await sheets.read(sheet);
    const result = analyzeSheet(grid, options);
    if (result.ok) return { ...base, by: 'detected', sheet, grid, result };
    first ??= { by: 'first', sheet, grid, result };
  }
  return first ? { ...base, ...first } : { ...base, by: 'none' };
}

function withOverrides(options: AnalyzeOptions, overrides: ScheduleOverrides): AnalyzeOptions {
  return {
    ...options,
    ...(overrides.year !== undefined ? { year: overrides.year } : {}),
    ...(overrides.startMonth !== undefined ? { startMonth: overrides.startMonth } : {}),
    ...(overrides.exempt !== undefined ? { exempt: overrides.exempt } : {}),
  };
}
