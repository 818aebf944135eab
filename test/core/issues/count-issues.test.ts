import { countIssues } from '../../../src/core/issues/count-issues';
import { SAMPLE_ISSUES } from './sample-issues';

describe('countIssues', () => {
  it('counts errors and warnings', () => {
    const issues = [
      { ...SAMPLE_ISSUES.month_unknown, severity: 'error' as const },
      SAMPLE_ISSUES.duplicate_row,
      { ...SAMPLE_ISSUES.formula_not_calculated, severity: 'error' as const },
      SAMPLE_ISSUES.month_missing,
      SAMPLE_ISSUES.merge_info_unavailable,
    ];
    expect(countIssues(issues)).toEqual({ errors: 2, warnings: 3 });
  });

  it('counts none in an empty list', () => {
    expect(countIssues([])).toEqual({ errors: 0, warnings: 0 });
  });
});
