import { inferYear } from '../../../src/core/sheet/infer-year';

describe('inferYear', () => {
  it.each([
    ['2023年学校工会主要活动安排表', 2023],
    ['二〇二四年工会工作安排', 2024],
    ['2023—2024学年工会活动安排', 2023],
    ['2025年度计划', 2025],
    ['工会活动安排', null],
    ['联系电话 12345年', null],
  ])('reads the year of the title %j', (title, expected) => {
    expect(inferYear(title, [], 1)).toBe(expected);
  });

  it('takes the year most dated months carry, shifted for a school year', () => {
    const refs = [
      { month: 9, year: 2023 },
      { month: 10, year: 2023 },
      { month: 3, year: 2024 },
      { month: 5, year: null },
    ];
    expect(inferYear(null, refs, 9)).toBe(2023);
    expect(inferYear(null, refs, 1)).toBe(2023);
    expect(inferYear(null, [{ month: 3, year: 2024 }], 1)).toBe(2024);
  });

  it('gives null when nothing says', () => {
    expect(inferYear(null, [{ month: 3, year: null }], 1)).toBeNull();
  });
});
