export type MonthStatus = 'covered' | 'gap' | 'exempt';

export interface MonthCoverage {
  readonly month: number;
  readonly count: number;
  readonly status: MonthStatus;
}

export interface Coverage {
  readonly months: readonly MonthCoverage[];
  readonly gaps: readonly number[];
}
