import type { FileKind } from '../ports/workbook-data';
import { formatIssue } from '../words/format-issue';
import { groupLabel } from '../words/group-label';
import type { Analysis } from './analysis';
import type { Lang } from '../words/lang';
import type { Layout } from '../sheet/header/header-match';
import type { MonthCoverage } from './coverage';
import type { IssueCode, Severity } from '../issues/issue';
import { countIssues } from '../issues/count-issues';

/** The stable JSON shape of `plansheet check --json`, which other tools rely on. */
export interface CheckReport {
  /** What the file was read as: `xlsx` (also .xlsm …), `xls` (also WPS .et), `xlsb`, `ods`, `fods`, `html`, `csv`. */
  readonly format: FileKind;
  readonly sheet: string;
  /** How the sheet was read: `list`, `months_across` or `months_down`. */
  readonly layout: Layout;
  /** The unit the sheet's title names, null when it names none. */
  readonly unit: string | null;
  readonly period: { readonly year: number | null; readonly startMonth: number; readonly months: readonly number[] };
  readonly months: readonly MonthCoverage[];
  readonly gaps: readonly number[];
  readonly groups: readonly { readonly name: string; readonly count: number }[];
  readonly activities: number;
  readonly issues: readonly {
    readonly cell: string | null;
    readonly severity: Severity;
    readonly code: IssueCode;
    readonly message: string;
  }[];
}

/**
 * An analysis as the check report: what the file was read as, how the sheet was read (its layout), the unit its title
 * names, the twelve months in period order, the gaps, the groups in order of first appearance
 * and every issue in words.
 *
 * @example
 * toCheckReport(analysis, 'zh').gaps //=> [6]
 */
export function toCheckReport(analysis: Analysis, lang: Lang, format: FileKind = 'xlsx'): CheckReport {
  return {
    format,
    sheet: analysis.sheet,
    layout: analysis.header.layout,
    unit: analysis.unit,
    period: { year: analysis.period.year, startMonth: analysis.period.startMonth, months: [...analysis.period.months] },
    months: analysis.coverage.months.map((m) => ({ month: m.month, count: m.count, status: m.status })),
    gaps: [...analysis.coverage.gaps],
    groups: analysis.plan.groups.map((g) => ({ name: groupLabel(g.name, lang), count: g.items.length })),
    activities: analysis.activities.length,
    issues: analysis.issues.map((i) => ({ cell: i.cell, severity: i.severity, code: i.code, message: formatIssue(i, lang) })),
  };
}

/**
 * Whether a check passes: every month of the period covered and no error.
 *
 * @example
 * isCheckClean(report) //=> false
 */
export function isCheckClean(report: Pick<CheckReport, 'gaps' | 'issues'>): boolean {
  return report.gaps.length === 0 && countIssues(report.issues).errors === 0;
}
