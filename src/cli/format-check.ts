import type { CheckReport } from '../core/to-check-report';
import type { Lang, MonthStatus } from '../core/types';
import { strings } from './strings';

const COLOURS: Readonly<Record<MonthStatus | 'error' | 'warning' | 'dim', string>> = {
  covered: '\u001b[32m',
  gap: '\u001b[31;1m',
  exempt: '\u001b[90m',
  error: '\u001b[31m',
  warning: '\u001b[33m',
  dim: '\u001b[90m',
};
const RESET = '\u001b[0m';

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function padStart(text: string, cols: number): string {
  return ' '.repeat(Math.max(0, cols - width(text))) + text;
}

/**
 * A check report for a terminal: the period, a strip of the twelve months
 * (label, count, mark), the gaps, and every issue with its cell.
 */
export function formatCheck(report: CheckReport, file: string, lang: Lang, colour: boolean): string {
  const t = strings(lang);
  const paint = (kind: keyof typeof COLOURS, text: string) => (colour ? `${COLOURS[kind]}${text}${RESET}` : text);
  const cell = 5;
  const labels = report.months.map((m) => padStart(t.month(m.month), cell)).join('');
  const counts = report.months.map((m) => paint(m.status, padStart(String(m.count), cell))).join('');
  const marks = report.months.map((m) => paint(m.status, padStart(t.status[m.status], cell))).join('');
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const lines = [
    `${file} › ${report.sheet}`,
    t.periodLine(report.period.year, report.period.startMonth, report.months.filter((m) => m.status === 'exempt').map((m) => m.month)),
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
