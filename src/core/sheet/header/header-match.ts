/** The fields PlanSheet recognises in a schedule's header row. */
export type Field = 'month' | 'activity' | 'group' | 'owner' | 'status' | 'notes';

export const FIELDS: readonly Field[] = ['month', 'activity', 'group', 'owner', 'status', 'notes'] as const;

export interface ColumnMatch {
  readonly field: Field;
  /** Absolute zero-based column index. */
  readonly col: number;
  readonly header: string;
}

/**
 * How a sheet lays out its activities: `list`, one row per activity with a month column;
 * `months_across`, task groups down a label column and months across the header, the work of a
 * month in the cells under it; `months_down`, the same matrix transposed (months down the first
 * column, task groups across the header).
 */
export type Layout = 'list' | 'months_across' | 'months_down';

/** A column of a matrix by its header: a month (or 全年, 每月) across, a task group with months down. */
export interface MatrixColumn {
  /** Absolute zero-based column index. */
  readonly col: number;
  readonly header: string;
}

export interface HeaderMatch {
  readonly layout: Layout;
  /** Absolute zero-based row index of the header row. */
  readonly row: number;
  /** The last row of a header that spans several rows (cells merged down); absent for a one-row header. */
  readonly lastRow?: number;
  readonly columns: Readonly<Partial<Record<Field, ColumnMatch>>>;
  /** Text of title rows above the header (e.g. "2023年学校工会主要活动安排表"). */
  readonly title: string | null;
  /**
   * The matrix columns: with months across, the columns whose header is a month (or 全年, 每月);
   * with months down, the task-group columns. Absent for a list.
   */
  readonly matrix?: readonly MatrixColumn[];
}
