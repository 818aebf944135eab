import { isCheckClean, toCheckReport, type CheckReport } from '../../core/plan/to-check-report';
import { formatCheck } from '../format-check';
import type { CliAdapters } from '../adapters';
import type { Io } from '../io';
import { loadSchedule } from '../load-schedule';
import type { CliOptions } from '../parse-args';
import { strings } from '../../core/words/cli-words';
import { countIssues } from '../../core/issues/count-issues';

type FileOutcome = { file: string; report: CheckReport } | { file: string; message: string };

/**
 * `plansheet check FILE… [--json]`: exit 0 when every file covers every month
 * with no error, 1 for a gap or an error, 2 when a file cannot be used.
 */
export async function runCheck(options: CliOptions, io: Io, adapters: CliAdapters): Promise<number> {
  const t = strings(options.lang);
  const outcomes: FileOutcome[] = [];
  const many = options.files.length > 1;
  for (const [i, file] of options.files.entries()) {
    if (many && io.isTTY) io.stderr(`\r\u001b[K${t.progress(i + 1, options.files.length, file)}`);
    const loaded = await loadSchedule(file, options, adapters);
    outcomes.push(
      loaded.ok ? { file, report: toCheckReport(loaded.analysis, options.lang, loaded.data.kind) } : { file, message: loaded.message },
    );
  }
  if (many && io.isTTY) io.stderr('\r\u001b[K');

  const codes = outcomes.map((o) => ('report' in o ? (isCheckClean(o.report) ? 0 : 1) : 2));
  if (options.json) {
    const objects = outcomes.map((o) =>
      'report' in o ? (many ? { file: o.file, ...o.report } : o.report) : { file: o.file, error: o.message },
    );
    const failedSingle = !many && !('report' in outcomes[0]);
    if (failedSingle) io.stderr(`${(outcomes[0] as { message: string }).message}\n`);
    else io.stdout(`${JSON.stringify(many ? objects : objects[0], null, 2)}\n`);
  } else if (!many) {
    const o = outcomes[0];
    if ('report' in o) io.stdout(formatCheck(o.report, o.file, options.lang, io.isTTY));
    else io.stderr(`${o.message}\n`);
  } else {
    const nameWidth = Math.max(...outcomes.map((o) => o.file.length));
    for (const [i, o] of outcomes.entries()) {
      const mark = codes[i] === 0 ? '✓' : '✗';
      if ('report' in o) {
        const { errors, warnings } = countIssues(o.report.issues);
        io.stdout(`${mark} ${o.file.padEnd(nameWidth)}  ${o.report.sheet}  ${t.fileLine(o.report.gaps, errors, warnings)}\n`);
      } else {
        io.stdout(`${mark} ${o.file.padEnd(nameWidth)}  ${o.message}\n`);
      }
    }
    io.stdout(
      `${t.totals(outcomes.length, codes.filter((c) => c === 0).length, codes.filter((c) => c === 1).length, codes.filter((c) => c === 2).length)}\n`,
    );
  }
  return Math.max(...codes);
}
