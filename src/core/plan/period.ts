/** The plan period: 12 months from `startMonth`, the first of them in `year`. */
export interface Period {
  readonly year: number | null;
  readonly startMonth: number;
  /** The twelve calendar months in period order. */
  readonly months: readonly number[];
  readonly exempt: readonly number[];
}

export interface PeriodOptions {
  readonly year?: number | null;
  /** 1 for a calendar year (default), 9 for a school year. */
  readonly startMonth?: number;
  readonly exempt?: readonly number[];
}
