import { displayWidth } from '../core/tables/display-width';
import { describeFileKind } from '../core/words/describe-file-kind';
import type { CheckReport } from '../core/plan/to-check-report';
import type { Lang } from '../core/words/lang';
import type { MonthStatus } from '../core/plan/coverage';
import { strings } from '../core/words/cli-words';
import { countIssues } from '../core/issues/count-issues';

const COLOURS: Readonly<Record<MonthStatus | 'error' | 'warning' | 'dim', string>> = {
  covered: '\u001b[32m',
  gap: '\u001b[31;1m',
  exempt: '\u001b[90m',
  error: '\u001b[31m',
  warning: '\u001b[33m',
  dim: '\u001b[90m',
};
const RESET = '\u001b[0m';

function padStart(text: string, cols: number): string {
  return ' '.repeat(Math.max(0, cols - displayWidth(text))) + text;
}

/**
 * A check report for a terminal: how a matrix was read, the unit the title names, the period, a strip of the twelve months
 * (label, count, mark), the gaps, and every issue with its cell.
 */
export function formatCheck(report: CheckReport, file: string, lang: Lang, colour: boolean): string {
  const t = strings(lang);
  const paint = (kind: keyof typeof COLOURS, text: string) => (colour ? `${COLOURS[kind]}${text}${RESET}` : text);
  const cell = 5;
  const labels = report.months.map((m) => padStart(t.month(m.month), cell)).join('');
  const counts = report.months.map((m) => paint(m.status, padStart(String(m.count), cell))).join('');
  const marks = report.months.map((m) => paint(m.status, padStart(t.status[m.status], cell))).join('');
  const { errors, warnings } = countIssues(report.issues);
  const lines = [
    `${file} › ${report.sheet}`,
    ...(describeFileKind(report.format, lang) === null ? [] : [describeFileKind(report.format, lang)!]),
    // A list is what everyone expects: only a matrix is worth a line saying how it was read.
    ...(report.layout === 'list' ? [] : [t.layout[report.layout]]),
    ...(report.unit === null ? [] : [t.unitLine(report.unit)]),
    t.periodLine(
      report.period.year,
      report.period.startMonth,
      report.months.filter((m) => m.status === 'exempt').map((m) => m.month),
    ),
    '',
    labels,
    counts,
    marks,
    '',
    report.gaps.length ? paint('gap', t.gaps(report.gaps)) : paint('covered', t.gaps(report.gaps)),
    t.summary(report.activities, report.groups.length),
  ];
  if (report.issues.length === 0) lines.push(t.noIssues);
  else {
    lines.push('', `${t.issuesHead(errors, warnings)}${lang === 'zh' ? '：' : ':'}`);
    const cellWidth = Math.max(4, ...report.issues.map((i) => (i.cell ?? '—').length));
    for (const issue of report.issues) {
      const where = (issue.cell ?? '—').padEnd(cellWidth);
      lines.push(`  ${where}  ${paint(issue.severity, t.severity[issue.severity])}  ${issue.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
