import { formatIssue } from '../../../src/core/words/format-issue';
import { en } from '../../../src/core/words/issues-en';
import { zh } from '../../../src/core/words/issues-zh';
import type { Issue, IssueCode } from '../../../src/core/issues/issue';
import { SAMPLE_ISSUES } from '../issues/sample-issues';

const CODES = Object.keys(SAMPLE_ISSUES) as IssueCode[];

describe('formatIssue', () => {
  it('words a bad month in Chinese and in English', () => {
    const issue: Issue = { code: 'month_out_of_range', severity: 'error', sheet: '活动安排', cell: 'B7', value: '十三月' };
    expect([formatIssue(issue, 'zh'), formatIssue(issue, 'en')]).toEqual([
      '月份“十三月”不存在，月份应在 1 到 12 之间。',
      'There is no month "十三月": months run from 1 to 12.',
    ]);
  });

  it('names the sheet and the expected headers when a sheet is not a schedule', () => {
    expect(formatIssue(SAMPLE_ISSUES.not_a_schedule, 'zh')).toBe(
      '工作表“活动安排”不是活动安排表：前 30 行中没有同时找到月份列和活动列（月份列如 “月份”、“时间”、“日期”，活动列如 “活动”、“活动内容”、“工作内容”），也没有一行写着六个以上的月份（一月、二月……）。',
    );
  });

  it('has a message for every code in both languages, and no other', () => {
    expect([Object.keys(zh).sort(), Object.keys(en).sort()]).toEqual([[...CODES].sort(), [...CODES].sort()]);
  });

  it.each(CODES)('has words for %s in both languages, with no placeholder left empty', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = formatIssue(SAMPLE_ISSUES[code], lang);
      expect(text).not.toMatch(/undefined|null|NaN|\$\{/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('words a festival in the wrong month with its fixed month, or with its date in the plan year for a lunar one', () => {
    const fixed: Issue = {
      ...SAMPLE_ISSUES.festival_wrong_month,
      value: '庆三八',
      festival: 'womens_day',
      months: [4, 5],
      festivalDate: { year: null, month: 3, day: 8 },
    };
    expect([formatIssue(fixed, 'zh'), formatIssue(fixed, 'en')]).toEqual([
      '“庆三八”安排在 4、5 月，三八妇女节在 3 月。',
      '"庆三八" is scheduled in April, May, but Women\'s Day is in March.',
    ]);
    const lunar: Issue = SAMPLE_ISSUES.festival_wrong_month;
    expect([formatIssue(lunar, 'zh'), formatIssue(lunar, 'en')]).toEqual([
      '“中秋慰问”安排在 5 月，2025 年中秋节在 10 月 6 日。',
      '"中秋慰问" is scheduled in May, but the Mid-Autumn Festival falls on 6 October 2025.',
    ]);
  });

  it('cannot be handed an issue without the data its code promises: tsc refuses each of these', () => {
    // @ts-expect-error a month outside the period carries its year, so no message can say "属于 undefined 年"
    const noYear: Issue = { code: 'month_outside_period', severity: 'warning', sheet: 'S', cell: 'B2', value: '2022年3月' };
    // @ts-expect-error a duplicate row carries the row of its first copy
    const noFirstRow: Issue = { code: 'duplicate_row', severity: 'warning', sheet: 'S', cell: 'B9', value: '教工运动会' };
    // @ts-expect-error a code that is only about the sheet carries no value
    const stray: Issue = { code: 'merge_info_unavailable', severity: 'warning', sheet: 'S', cell: null, value: 'x' };
    expect([noYear, noFirstRow, stray].map((i) => formatIssue(i, 'zh'))).toEqual([
      '月份“2022年3月”属于 undefined 年，不在本计划期内，未计入。',
      '与第 undefined 行重复（“教工运动会”），只计一次。',
      '当前 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13）：空白的月份单元格按上方的月份计入，请核对。',
    ]);
  });

  it('quotes at most 30 characters of a long cell', () => {
    const issue: Issue = { code: 'month_unknown', severity: 'error', sheet: 'S', cell: 'A2', value: '很'.repeat(5000) };
    expect(formatIssue(issue, 'zh')).toBe(`无法识别的月份“${'很'.repeat(30)}…”，请写成“3月”“三月”“3-4月”或日期。`);
  });
});
