import { formatIssue } from '../../src/core/format-issue';
import type { Issue, IssueCode } from '../../src/core/types';

const CODES: IssueCode[] = [
  'not_a_schedule',
  'merge_info_unavailable',
  'month_unknown',
  'month_out_of_range',
  'month_error_value',
  'month_undecided',
  'month_lunar',
  'month_outside_period',
  'month_missing',
  'activity_missing',
  'duplicate_row',
];

function sample(code: IssueCode): Issue {
  return { code, severity: 'warning', sheet: '活动安排', cell: 'B7', value: '十三月', expected: ['月份', '时间', '日期', '活动', '活动内容', '工作内容'], year: 2022, firstRow: 4 };
}

describe('formatIssue', () => {
  it('words a bad month in Chinese and in English', () => {
    const issue: Issue = { code: 'month_out_of_range', severity: 'error', sheet: '活动安排', cell: 'B7', value: '十三月' };
    expect([formatIssue(issue, 'zh'), formatIssue(issue, 'en')]).toEqual([
      '月份“十三月”不存在，月份应在 1 到 12 之间。',
      'There is no month "十三月": months run from 1 to 12.',
    ]);
  });

  it('names the sheet and the expected headers when a sheet is not a schedule', () => {
    expect(formatIssue(sample('not_a_schedule'), 'zh')).toBe(
      '工作表“活动安排”不是活动安排表：前 30 行中没有同时找到月份列和活动列（月份列如 “月份”、“时间”、“日期”，活动列如 “活动”、“活动内容”、“工作内容”）。',
    );
  });

  it.each(CODES)('has words for %s in both languages, with no placeholder left empty', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = formatIssue(sample(code), lang);
      expect(text).not.toMatch(/undefined|null|NaN|\$\{/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('quotes at most 30 characters of a long cell', () => {
    const issue: Issue = { code: 'month_unknown', severity: 'error', sheet: 'S', cell: 'A2', value: '很'.repeat(5000) };
    expect(formatIssue(issue, 'zh')).toBe(`无法识别的月份“${'很'.repeat(30)}…”，请写成“3月”“三月”“3-4月”或日期。`);
  });
});
