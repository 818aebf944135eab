import type { IssueCode, IssueOf } from '../../../src/core/issues/issue';

const at = { severity: 'warning', sheet: '活动安排', cell: 'B7' } as const;

/** One issue of every code, each with exactly the data its code carries (the compiler checks both). */
export const SAMPLE_ISSUES: { readonly [C in IssueCode]: IssueOf<C> } = {
  not_a_schedule: { ...at, code: 'not_a_schedule', cell: null, expected: ['月份', '时间', '日期', '活动', '活动内容', '工作内容'] },
  merge_info_unavailable: { ...at, code: 'merge_info_unavailable', cell: null },
  month_unknown: { ...at, code: 'month_unknown', value: '三四月间' },
  month_out_of_range: { ...at, code: 'month_out_of_range', value: '十三月' },
  month_error_value: { ...at, code: 'month_error_value', value: '#N/A' },
  month_undecided: { ...at, code: 'month_undecided', value: '待定' },
  month_lunar: { ...at, code: 'month_lunar', value: '正月' },
  month_outside_period: { ...at, code: 'month_outside_period', value: '2022年3月', year: 2022 },
  month_missing: { ...at, code: 'month_missing', value: '' },
  month_filled_from_above: { ...at, code: 'month_filled_from_above', value: '2月', lastCell: 'B9' },
  activity_missing: { ...at, code: 'activity_missing', value: '3月' },
  duplicate_row: { ...at, code: 'duplicate_row', value: '教工运动会', firstRow: 4 },
  formula_not_calculated: { ...at, code: 'formula_not_calculated' },
  formula_column_not_calculated: { ...at, code: 'formula_column_not_calculated', cell: null, column: 'B', value: '月份' },
  festival_wrong_month: {
    ...at,
    code: 'festival_wrong_month',
    value: '中秋慰问',
    festival: 'mid_autumn',
    months: [5],
    festivalDate: { year: 2025, month: 10, day: 6 },
  },
  festival_month_suggestion: {
    ...at,
    code: 'festival_month_suggestion',
    value: '教师节慰问',
    festival: 'teachers_day',
    festivalDate: { year: null, month: 9, day: 10 },
  },
};
