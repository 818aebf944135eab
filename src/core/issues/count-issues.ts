import type { Severity } from './issue';

/** How many issues of each severity. */
export type IssueCounts = Readonly<Record<'errors' | 'warnings', number>>;

/**
 * How many errors and warnings a list of issues holds: the one count that every summary
 * (the check report, the command line's notes, the pane's headings) shows.
 *
 * @example
 * countIssues([{ severity: 'error' }, { severity: 'warning' }, { severity: 'warning' }])
 * //=> { errors: 1, warnings: 2 }
 */
export function countIssues(issues: readonly { readonly severity: Severity }[]): IssueCounts {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}
