import { isInPeriod, makePeriod } from '../../../src/core/plan/make-period';

describe('makePeriod', () => {
  it('is the calendar year by default', () => {
    expect(makePeriod()).toEqual({ year: null, startMonth: 1, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], exempt: [] });
  });

  it('starts a school year in September and keeps exempt months in period order', () => {
    expect(makePeriod({ year: 2023, startMonth: 9, exempt: [8, 7, 13] })).toEqual({
      year: 2023,
      startMonth: 9,
      months: [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8],
      exempt: [7, 8],
    });
  });

  it('falls back to January for a start month that is not a month', () => {
    expect(makePeriod({ startMonth: 0 }).startMonth).toBe(1);
  });
});

describe('isInPeriod', () => {
  const school = makePeriod({ year: 2023, startMonth: 9 });
  it.each([
    [{ month: 9, year: 2023 }, true],
    [{ month: 3, year: 2024 }, true],
    [{ month: 3, year: 2023 }, false],
    [{ month: 10, year: 2024 }, false],
    [{ month: 3, year: null }, true],
  ])('places %j in the 2023 school year: %j', (ref, expected) => {
    expect(isInPeriod(ref, school)).toBe(expected);
  });

  it('accepts any year when the period has none', () => {
    expect(isInPeriod({ month: 3, year: 1999 }, makePeriod())).toBe(true);
  });
});
