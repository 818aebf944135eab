import { analyzeOptionsFromSettings } from '../core/settings/analyze-options-from-settings';
import { candidateSheets } from '../core/sheet/candidate-sheets';
import { findScheduleSheet } from '../core/sheet/find-schedule-sheet';
import { describeFileProblem } from '../core/words/describe-file-problem';
import { formatIssue } from '../core/words/format-issue';
import type { Analysis } from '../core/plan/analysis';
import type { Lang } from '../core/words/lang';
import type { PlanSettings } from '../core/settings/plan-settings';
import { READ_LIMITS } from '../xlsx/read-limits';
import { readWorkbook, type WorkbookData } from '../xlsx/read-workbook';
import type { CliOptions } from './parse-args';
import { fileProblemOf, readInput } from './read-input';
import { strings } from '../core/words/cli-words';

export type LoadResult =
  | { readonly ok: true; readonly analysis: Analysis; readonly settings: PlanSettings; readonly data: WorkbookData; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a workbook file and analyses its schedule sheet with the options the workbook keeps,
 * overridden by the command line's. Every way this can fail comes back as one sentence for the
 * user: a file that cannot be used in the words of `describeFileProblem` (missing, a folder, no
 * permission, empty, too large, damaged, password-protected, unsafe, not a spreadsheet), never
 * an errno or a stack trace.
 */
export async function loadSchedule(file: string, options: CliOptions): Promise<LoadResult> {
  const t = strings(options.lang);
  let bytes: Uint8Array;
  let data: WorkbookData;
  try {
    bytes = await readInput(file, READ_LIMITS.fileBytes);
    data = await readWorkbook(bytes);
  } catch (error) {
    return { ok: false, message: describeFileProblem(fileProblemOf(error), options.lang, file) };
  }
  const settings = data.settings;
  const names = data.sheets.map((g) => g.sheetName);
  const sheet = options.sheet ?? (settings.sheet && names.includes(settings.sheet) ? settings.sheet : undefined);
  if (sheet !== undefined && !names.includes(sheet)) return { ok: false, message: t.sheetMissing(file, sheet, names) };
  const candidates = new Set(candidateSheets(names, settings));
  const grids = sheet !== undefined ? data.sheets : data.sheets.filter((g) => candidates.has(g.sheetName));
  const found = findScheduleSheet(grids, {
    ...analyzeOptionsFromSettings(settings),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.startMonth !== undefined ? { startMonth: options.startMonth } : {}),
    ...(options.exempt !== undefined ? { exempt: options.exempt } : {}),
    sheet,
  });
  if (found && !found.result.ok && sheet !== undefined) return { ok: false, message: formatIssue(found.result.issues[0], options.lang) };
  if (!found || !found.result.ok) return { ok: false, message: t.noSchedule(file) };
  return { ok: true, analysis: found.result.analysis, settings, data, bytes };
}

