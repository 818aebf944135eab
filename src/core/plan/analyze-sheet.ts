import { buildPlan } from './build-plan';
import { checkCoverage } from './check-coverage';
import { checkFestivals } from './check-festivals';
import { findHeader, HEADER_NAMES } from '../sheet/header/find-header';
import { inferYear } from '../sheet/infer-year';
import { makePeriod } from './make-period';
import { parseMonth } from '../sheet/month/parse-month';
import { placeInPeriod } from './place-in-period';
import { readRows } from '../sheet/read-rows';
import { fromA1 } from '../sheet/to-a1';
import type { AnalysisResult } from './analysis';
import type { Field, HeaderMatch } from '../sheet/header/header-match';
import type { Grid } from '../sheet/grid';
import type { Issue } from '../issues/issue';
import type { MonthRef } from '../sheet/month/month-reading';
import type { PeriodOptions } from './period';
import { unitInTitle } from '../sheet/unit-in-title';

export interface AnalyzeOptions extends PeriodOptions {
  /** Column overrides: field → column letters, when detection guessed wrong. */
  readonly columns?: Readonly<Partial<Record<Field, string>>>;
}

/**
 * A schedule sheet read into a plan, its month coverage and every problem
 * found, each at its cell. Bad data never throws: a sheet that is not a
 * schedule gives `{ ok: false, issues: [not_a_schedule] }`.
 *
 * The sheet may be a list (one row per activity), a matrix with months across or the same matrix
 * with months down (`analysis.header.layout` says which): each gives the same plan for the same
 * activities. The title above the header gives the year, a school year (学年) and the unit.
 *
 * @example
 * const result = analyzeSheet(grid, { year: 2023, exempt: [7, 8] })
 * result.ok && result.analysis.coverage.gaps //=> [6]
 */
export function analyzeSheet(grid: Grid, options: AnalyzeOptions = {}): AnalysisResult {
  const header = findHeader(grid, { columns: options.columns });
  if (!header) {
    return {
      ok: false,
      issues: [
        {
          code: 'not_a_schedule',
          severity: 'error',
          sheet: grid.sheetName,
          cell: null,
          expected: [...HEADER_NAMES.month.slice(0, 3), ...HEADER_NAMES.activity.slice(0, 3)],
        },
      ],
    };
  }
  const issues: Issue[] = [];
  if (grid.merges === null) issues.push({ code: 'merge_info_unavailable', severity: 'warning', sheet: grid.sheetName, cell: null });
  const read = readRows(grid, header);
  const refs: MonthRef[] = [];
  for (const row of read.rows) if (row.reading.kind === 'months') refs.push(...row.reading.months);
  const startMonth = options.startMonth ?? impliedStart(header);
  const year = options.year ?? inferYear(header.title, refs, startMonth);
  const period = makePeriod({ year, startMonth, exempt: options.exempt });
  const placed = placeInPeriod(read.rows, period, grid.sheetName);
  issues.push(...read.issues, ...placed.issues, ...checkFestivals(placed.activities, period, grid.sheetName));
  issues.sort(byPosition);
  return {
    ok: true,
    analysis: {
      sheet: grid.sheetName,
      header,
      unit: unitInTitle(header.title),
      period,
      activities: placed.activities,
      plan: buildPlan(placed.activities, period),
      coverage: checkCoverage(placed.activities, period),
      issues,
    },
  };
}

/**
 * Where the period starts when the user did not say: September for a title that names a school
 * year ("2023—2024学年工会活动安排"), or the first month of a matrix whose twelve months start
 * elsewhere (九月 … 八月 across the header); January otherwise.
 */
function impliedStart(header: HeaderMatch): number {
  if (/学年/.test(header.title ?? '')) return 9;
  if (header.layout !== 'months_across' || !header.matrix) return 1;
  const months: number[] = [];
  for (const { header: text } of header.matrix) {
    const reading = parseMonth(text);
    const only = reading.kind === 'months' && reading.months.length === 1 ? reading.months[0] : undefined;
    if (only) months.push(only.month);
  }
  return new Set(months).size === 12 ? (months[0] ?? 1) : 1;
}

/** Sheet-level issues first, then by row and column, as a reader scans. */
function byPosition(a: Issue, b: Issue): number {
  return position(a) - position(b);
}

function position(issue: Issue): number {
  const at = issue.cell ? fromA1(issue.cell) : null;
  return at ? at.row * 20000 + at.col : -1;
}
