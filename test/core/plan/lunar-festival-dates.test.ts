import { LunarDay, LunarFestival } from 'tyme4ts';
import { lunarFestivalDate, type LunarFestivalKey } from '../../../src/core/plan/lunar-festival-dates';

/** Each festival by its lunar date and the name tyme4ts gives it. */
const FESTIVALS: readonly { key: LunarFestivalKey; month: number; day: number; name: string }[] = [
  { key: 'spring_festival', month: 1, day: 1, name: '春节' },
  { key: 'lantern_festival', month: 1, day: 15, name: '元宵节' },
  { key: 'dragon_boat', month: 5, day: 5, name: '端午节' },
  { key: 'qixi', month: 7, day: 7, name: '七夕节' },
  { key: 'mid_autumn', month: 8, day: 15, name: '中秋节' },
  { key: 'double_ninth', month: 9, day: 9, name: '重阳节' },
];

const YEARS = Array.from({ length: 61 }, (_, i) => 2000 + i);

describe('lunarFestivalDate (the table made by scripts/make-lunar-festival-dates.ts)', () => {
  it.each(FESTIVALS)('gives the Gregorian date tyme4ts gives for $name in every year from 2000 to 2060', ({ key, month, day, name }) => {
    for (const year of YEARS) {
      const lunar = LunarDay.fromYmd(year, month, day);
      const solar = lunar.getSolarDay();
      expect(lunar.getFestival()?.getName()).toBe(name);
      expect(lunarFestivalDate(key, year)).toEqual({ year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() });
    }
  });

  it('agrees with the festivals tyme4ts lists for a year, by name', () => {
    const listed = Array.from({ length: 13 }, (_, i) => LunarFestival.fromIndex(2025, i)).filter((f) => f !== null);
    for (const { key, name } of FESTIVALS) {
      const festival = listed
        .find((f) => f!.getName() === name)!
        .getDay()
        .getSolarDay();
      expect(lunarFestivalDate(key, 2025)).toEqual({ year: 2025, month: festival.getMonth(), day: festival.getDay() });
    }
  });

  it('knows the dates people remember: 春节 2025 on 29 January, 中秋 2024 on 17 September', () => {
    expect([lunarFestivalDate('spring_festival', 2025), lunarFestivalDate('mid_autumn', 2024)]).toEqual([
      { year: 2025, month: 1, day: 29 },
      { year: 2024, month: 9, day: 17 },
    ]);
  });

  it('gives null outside 2000–2060 and for a year that is not a whole number', () => {
    expect([1999, 2061, 2024.5, Number.NaN].map((y) => lunarFestivalDate('qixi', y))).toEqual([null, null, null, null]);
  });
});
