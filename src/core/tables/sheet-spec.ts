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
  /** Rows (0-based within `rows`) to mark as gaps with conditional formatting. */
  readonly highlight?: {
    /** Zero-based column in the table whose text marks a gap. */
    readonly column: number;
    /** The text that marks a gap (缺少活动 / Gap). */
    readonly equals: string;
  };
}
