/** A calendar month, with a year when the cell said one. */
export interface MonthRef {
  readonly month: number;
  readonly year: number | null;
}

/** What a month cell says, before the plan period is applied. */
export type MonthReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'months'; readonly months: readonly MonthRef[] }
  /** 每月: every month of the period. */
  | { readonly kind: 'every_month' }
  /** 全年, 长期, 常年: a year-long task with no month of its own. */
  | { readonly kind: 'year_long' }
  /** 待定, 未定. */
  | { readonly kind: 'undecided' }
  /** 正月, 腊月 …: lunar months are never guessed. */
  | { readonly kind: 'lunar' }
  /** 十三月, 0月. */
  | { readonly kind: 'out_of_range' }
  /** An Excel error value such as #N/A. */
  | { readonly kind: 'error_value' }
  | { readonly kind: 'unknown' };
