import { periodCaption } from '../../../src/core/words/period-caption';

describe('periodCaption', () => {
  it('names a calendar year and a school year, with the year known or not, in both languages', () => {
    const cases = [
      [2024, 1],
      [2024, 9],
      [null, 1],
      [null, 9],
    ] as const;
    expect(cases.map(([year, start]) => [periodCaption(year, start, 'zh'), periodCaption(year, start, 'en')])).toEqual([
      ['2024年', '2024'],
      ['2024年9月至2025年8月', 'Sep 2024 to Aug 2025'],
      ['1月至12月（年度未知）', 'Jan to Dec (year unknown)'],
      ['9月至8月（年度未知）', 'Sep to Aug (year unknown)'],
    ]);
  });

  it('ends a period that starts in February in January of the next year', () => {
    expect(periodCaption(2025, 2, 'zh')).toBe('2025年2月至2026年1月');
  });
});
