import type { Period, PeriodOptions } from './period';

/**
 * The plan period: twelve months from `startMonth` (default 1), with the
 * exempt months that are valid months of the period.
 *
 * @example
 * makePeriod({ year: 2023, startMonth: 9, exempt: [7, 8] })
 * //=> { year: 2023, startMonth: 9, months: [9, 10, 11, 12, 1, …, 8], exempt: [7, 8] }
 */
export function makePeriod(options: PeriodOptions = {}): Period {
  const start = Number.isInteger(options.startMonth) && options.startMonth! >= 1 && options.startMonth! <= 12 ? options.startMonth! : 1;
  const months = Array.from({ length: 12 }, (_, i) => ((start - 1 + i) % 12) + 1);
  const exemptSet = new Set(options.exempt ?? []);
  return {
    year: options.year ?? null,
    startMonth: start,
    months,
    exempt: months.filter((m) => exemptSet.has(m)),
  };
}

/**
 * Whether a month of a given year lies in the period (always true when either
 * year is unknown).
 *
 * @example
 * isInPeriod({ month: 3, year: 2024 }, makePeriod({ year: 2023, startMonth: 9 })) //=> true
 */
export function isInPeriod(ref: { month: number; year: number | null }, period: Period): boolean {
  if (ref.year === null || period.year === null) return true;
  const year = ref.month >= period.startMonth ? period.year : period.year + 1;
  return ref.year === year;
}
