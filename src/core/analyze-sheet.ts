import { buildPlan } from './build-plan';
import { checkCoverage } from './check-coverage';
import { findHeader, HEADER_NAMES } from './find-header';
import { inferYear } from './infer-year';
import { makePeriod } from './make-period';
import { placeInPeriod } from './place-in-period';
import { readRows } from './read-rows';
import { fromA1 } from './to-a1';
import type { AnalysisResult, Field, Grid, Issue, MonthRef, PeriodOptions } from './types';

export interface AnalyzeOptions extends PeriodOptions {
  /** Column overrides: field → column letters, when detection guessed wrong. */
  readonly columns?: Readonly<Partial<Record<Field, string>>>;
}

/**
 * A schedule sheet read into a plan, its month coverage and every problem
 * found, each at its cell. Bad data never throws: a sheet that is not a
 * schedule gives `{ ok: false, issues: [not_a_schedule] }`.
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
  // A title such as "2023—2024学年工会活动安排" names a school year, which starts in September.
  const startMonth = options.startMonth ?? (/学年/.test(header.title ?? '') ? 9 : 1);
  const year = options.year ?? inferYear(header.title, refs, startMonth);
  const period = makePeriod({ year, startMonth, exempt: options.exempt });
  const placed = placeInPeriod(read.rows, period, grid.sheetName);
  issues.push(...read.issues, ...placed.issues);
  issues.sort(byPosition);
  return {
    ok: true,
    analysis: {
      sheet: grid.sheetName,
      header,
      period,
      activities: placed.activities,
      plan: buildPlan(placed.activities, period),
      coverage: checkCoverage(placed.activities, period),
      issues,
    },
  };
}

/** Sheet-level issues first, then by row and column, as a reader scans. */
function byPosition(a: Issue, b: Issue): number {
  return position(a) - position(b);
}

function position(issue: Issue): number {
  const at = issue.cell ? fromA1(issue.cell) : null;
  return at ? at.row * 20000 + at.col : -1;
}
