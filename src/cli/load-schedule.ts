import { describeFileProblem } from '../core/words/describe-file-problem';
import { resolveSchedule } from '../core/sheet/resolve-schedule';
import { formatIssue } from '../core/words/format-issue';
import type { Analysis } from '../core/plan/analysis';
import type { PlanSettings } from '../core/settings/plan-settings';
import type { WorkbookData } from '../core/ports/workbook-data';
import type { CliAdapters } from './adapters';
import type { CliOptions } from './parse-args';
import { fileProblemOf, readInput } from './read-input';
import { strings } from '../core/words/cli-words';

export type LoadResult =
  | {
      readonly ok: true;
      readonly analysis: Analysis;
      readonly settings: PlanSettings;
      readonly data: WorkbookData;
      readonly bytes: Uint8Array;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a workbook file and analyses its schedule sheet (`resolveSchedule`) with the options the
 * workbook keeps, overridden by the command line's. Every way this can fail comes back as one
 * sentence for the user: a file that cannot be used in the words of `describeFileProblem`
 * (missing, a folder, no permission, empty, too large, damaged, password-protected, unsafe, not a
 * spreadsheet), never an errno or a stack trace.
 */
export async function loadSchedule(
  file: string,
  options: Pick<CliOptions, 'lang' | 'sheet' | 'year' | 'startMonth' | 'exempt'>,
  adapters: CliAdapters,
): Promise<LoadResult> {
  const t = strings(options.lang);
  let bytes: Uint8Array;
  let data: WorkbookData;
  const reader = await adapters.workbook();
  try {
    bytes = await readInput(file, reader.fileLimit);
    data = await reader.readWorkbook(bytes);
  } catch (error) {
    return { ok: false, message: describeFileProblem(fileProblemOf(error), options.lang, file) };
  }
  const settings = data.settings;
  const names = data.sheets.map((g) => g.sheetName);
  const read = (name: string) => data.sheets.find((g) => g.sheetName === name)!;
  const { sheet, year, startMonth, exempt } = options;
  const found = await resolveSchedule({ names, read }, settings, { sheet, year, startMonth, exempt });
  switch (found.by) {
    case 'missing':
      return { ok: false, message: t.sheetMissing(file, found.sheet, names) };
    case 'none':
    case 'first':
      return { ok: false, message: t.noSchedule(file) };
    default:
      // A sheet the user named, or saved, is the one she means: say why it is not a schedule.
      if (!found.result.ok) return { ok: false, message: formatIssue(found.result.issues[0], options.lang) };
      return { ok: true, analysis: found.result.analysis, settings, data, bytes };
  }
}
