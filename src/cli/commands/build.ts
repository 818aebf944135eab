import { basename, dirname, extname, join } from 'node:path';
import { describePlanSheets } from '../../core/tables/describe-plan-sheets';
import { valuesOnlyNote } from '../../core/words/values-only-note';
import type { CliAdapters } from '../adapters';
import type { Io } from '../io';
import { loadSchedule } from '../load-schedule';
import { isSameFile, writeWhole } from '../output-file';
import type { CliOptions } from '../parse-args';
import { strings } from '../../core/words/cli-words';
import { countIssues } from '../../core/issues/count-issues';
import { BUILD_WORDS } from '../../core/words/build-words';

/** The options `build` uses (a subset of the parsed command line). */
export type BuildOptions = Pick<CliOptions, 'files' | 'out' | 'sheet' | 'year' | 'startMonth' | 'exempt' | 'lang'>;

/**
 * `plansheet build FILE.xlsx [-o OUT.xlsx]`: a copy of the workbook with the
 * plan sheets (主要工作, 月度安排, 覆盖检查) as Excel tables, everything else in
 * it kept byte for byte. The input is never written; without `-o` the copy goes
 * beside it as `<name>.plansheet.xlsx` (`.xlsm` for a macro-enabled workbook).
 * A file that is not OOXML (.xls, .ods, .csv …) gives a new .xlsx with its values,
 * and one line says its formatting could not be carried over.
 * Exit 0 when the copy was written, whatever gaps the sheet has (they are
 * mentioned on stderr); 2 when the input cannot be used or the copy not written.
 *
 * @example
 * await runBuild({ files: ['2024年工会活动安排.xlsx'], lang: 'zh' }, processIo, CLI_ADAPTERS)
 * //=> 0, having written 2024年工会活动安排.plansheet.xlsx
 */
export async function runBuild(options: BuildOptions, io: Io, adapters: CliAdapters): Promise<number> {
  const w = BUILD_WORDS[options.lang];
  const file = options.files[0];
  if (options.out !== undefined && (await isSameFile(file, options.out))) {
    io.stderr(`${w.sameAsInput}\n`);
    return 2;
  }
  const loaded = await loadSchedule(file, options, adapters);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return 2;
  }
  const { analysis, settings, bytes, data } = loaded;

  const result = (await adapters.workbook()).writePlanCopy(bytes, data, describePlanSheets(analysis, options.lang), settings);
  if (!result.ok) {
    io.stderr(`${w.settingsSheet}\n`);
    return 2;
  }
  const out = options.out ?? defaultOutput(file, result.extension);
  if (options.out === undefined && (await isSameFile(file, out))) {
    io.stderr(`${w.sameAsInput}\n`);
    return 2;
  }
  try {
    await writeWhole(out, result.bytes);
  } catch (error) {
    io.stderr(`${strings(options.lang).cannotWrite(out, (error as NodeJS.ErrnoException).code)}\n`);
    return 2;
  }

  io.stdout(`${w.wrote(out)}\n`);
  for (const s of result.report.sheets) io.stdout(`${w.sheet(s.sheet, s.rows, s.replaced)}\n`);
  if (result.valuesOnly) io.stderr(`${valuesOnlyNote(options.lang)}\n`);
  const { errors, warnings } = countIssues(analysis.issues);
  if (analysis.coverage.gaps.length || analysis.issues.length) {
    io.stderr(`${strings(options.lang).docNotes(analysis.coverage.gaps, errors, warnings)}\n`);
  }
  return 0;
}

/** Extensions of the workbook files we read, left off the name of the copy. */
const WORKBOOK_EXTENSIONS = new Set([
  '.xlsx',
  '.xlsm',
  '.xltx',
  '.xltm',
  '.xls',
  '.et',
  '.xlsb',
  '.ods',
  '.fods',
  '.csv',
  '.tsv',
  '.htm',
  '.html',
]);

/**
 * `活动安排.xlsx` → `活动安排.plansheet.xlsx`, in the same folder; the copy's extension is the
 * workbook's own (`extension`, from its content type), so that an .xlsm stays .xlsm and an .xls
 * becomes an .xlsx.
 *
 * @example
 * defaultOutput('data/2024年工会活动安排.xlsx') //=> 'data/2024年工会活动安排.plansheet.xlsx'
 * defaultOutput('宏.xlsm', 'xlsm') //=> '宏.plansheet.xlsm'
 */
export function defaultOutput(file: string, extension = 'xlsx'): string {
  const ext = extname(file);
  const stem = basename(file, WORKBOOK_EXTENSIONS.has(ext.toLowerCase()) ? ext : '');
  return join(dirname(file), `${stem}.plansheet.${extension}`);
}
