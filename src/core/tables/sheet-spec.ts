export type SheetKey = 'work' | 'monthly' | 'coverage';

export interface ColumnSpec {
  readonly header: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly numberFormat?: string;
}

/** A cell written into an output sheet. Strings are always written as text. */
export type OutputValue = string | number | null;

export interface SheetSpec {
  readonly key: SheetKey;
  /** Preferred sheet name; an adapter picks another when a user's sheet holds it. */
  readonly name: string;
  /** Preferred table name (unique in the workbook; adapters add a suffix if taken). */
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly OutputValue[])[];
  /** The table's built-in style, by Excel's name (`TableStyleMedium2`): both writers give it as is. */
  readonly tableStyle: string;
  /** The conditional format that marks gap rows; both writers only translate it. */
  readonly highlight?: Highlight;
}

/**
 * A conditional format over a table's data rows. The table sits at A1, so the data start on row 2
 * and `formula` is written for that row (Excel moves it down the range). Colours are RRGGBB hex:
 * the Office JavaScript API takes `#RRGGBB`, SpreadsheetML `FFRRGGBB` (alpha first).
 */
export interface Highlight {
  /** An Excel formula without its `=`: `$H2="缺少活动"`. */
  readonly formula: string;
  readonly fill: string;
  readonly font: string;
}

/** The table style of every plan sheet. */
export const PLAN_TABLE_STYLE = 'TableStyleMedium2';
