/**
 * The shared vocabulary of PlanSheet. Everything here is plain data: adapters
 * (exceljs, the Office JavaScript API, docx, the task pane) turn their world into a `Grid` and
 * turn core's results (`Analysis`, `DocModel`, `SheetSpec`) back into theirs.
 */

/** An Excel error value such as `#N/A`, as an adapter found it in a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * A formula whose result was never saved: a file written by a program (openpyxl, a reporting
 * system) that did not calculate it. What Excel would show is unknown until the file is opened
 * and saved in Excel or WPS; `formula` is its text, for messages.
 */
export interface CellFormula {
  readonly formula: string;
}

/**
 * One cell's value as core sees it. Dates are Excel serial numbers (1900 date
 * system) with a date number format beside them; adapters that get `Date`
 * objects convert them with `dateToSerial`.
 */
export type CellValue = string | number | boolean | null | CellError | CellFormula;

/** A merged area, as zero-based absolute row/column indexes (inclusive). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One row of a worksheet that holds at least one cell. Columns are absolute and zero-based
 * (A is 0), in ascending order, and `values[i]` is the cell in column `cols[i]`: a row keeps
 * only the cells it has, so a stray value in column XFD costs one entry, not 16,384.
 */
export interface GridRow {
  /** Absolute zero-based row index (row 1 is 0). */
  readonly row: number;
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
  /** Number formats beside `values`; missing, or an entry missing, means "General". */
  readonly formats?: readonly (string | undefined)[];
}

/**
 * A worksheet as core reads it: its non-empty rows in ascending order, and its merged areas.
 * Sparse by construction: memory follows the cells, never the rectangle around them, so a sheet
 * whose one stray value sits at XFD1048576 costs what its real rows cost. Build one from a
 * rectangle of values with `gridFromValues`.
 */
export interface Grid {
  readonly sheetName: string;
  readonly rows: readonly GridRow[];
  /** Merged areas in absolute coordinates; `null` when the host could not say. */
  readonly merges: readonly MergedArea[] | null;
}

export type Lang = 'zh' | 'en';
export type Severity = 'error' | 'warning';

/** The fields PlanSheet recognises in a schedule's header row. */
export type Field = 'month' | 'activity' | 'group' | 'owner' | 'status' | 'notes';

export const FIELDS: readonly Field[] = ['month', 'activity', 'group', 'owner', 'status', 'notes'] as const;

export type IssueCode =
  | 'not_a_schedule'
  | 'merge_info_unavailable'
  | 'month_unknown'
  | 'month_out_of_range'
  | 'month_error_value'
  | 'month_undecided'
  | 'month_lunar'
  | 'month_outside_period'
  | 'month_missing'
  | 'month_filled_from_above'
  | 'activity_missing'
  | 'duplicate_row'
  | 'formula_not_calculated'
  | 'formula_column_not_calculated'
  | 'festival_wrong_month'
  | 'festival_month_suggestion';

/**
 * Festivals an activity may name. Most have a fixed Gregorian date; 春节, 元宵, 端午, 七夕, 中秋 and
 * 重阳 follow the lunar calendar and move from year to year.
 */
export type FestivalKey =
  | 'new_year'
  | 'womens_day'
  | 'arbor_day'
  | 'qingming'
  | 'reading_day'
  | 'labour_day'
  | 'youth_day'
  | 'nurses_day'
  | 'mothers_day'
  | 'childrens_day'
  | 'fathers_day'
  | 'party_day'
  | 'army_day'
  | 'doctors_day'
  | 'teachers_day'
  | 'national_day'
  | 'winter_solstice'
  | 'spring_festival'
  | 'lantern_festival'
  | 'dragon_boat'
  | 'qixi'
  | 'mid_autumn'
  | 'double_ninth';

/** A festival's date: `year` is null for a festival whose Gregorian date is the same every year. */
export interface FestivalDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

/**
 * A problem found in a sheet, as data (words come from `formatIssue`).
 * `cell` is the A1 address in the source sheet, or null for sheet-level issues.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string | null;
  /** The offending text as the user typed it (for month and row issues). */
  readonly value?: string;
  /** What was looked for (header names for `not_a_schedule`). */
  readonly expected?: readonly string[];
  /** The year found, for `month_outside_period`. */
  readonly year?: number;
  /** The 1-based sheet row of the first copy, for `duplicate_row`. */
  readonly firstRow?: number;
  /** The last blank month cell of a block, for `month_filled_from_above` (its first is `cell`). */
  readonly lastCell?: string;
  /** Column letters, for `formula_column_not_calculated`. */
  readonly column?: string;
  /** The festival an activity names, for `festival_*`. */
  readonly festival?: FestivalKey;
  /** The months an activity is scheduled in, for `festival_wrong_month`. */
  readonly months?: readonly number[];
  /** When the festival falls, for `festival_*`. */
  readonly festivalDate?: FestivalDate;
}

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

export type StatusKind = 'done' | 'in_progress' | 'not_done' | 'cancelled' | 'other';

export type Timing = 'months' | 'every_month' | 'year_long' | 'undecided' | 'none';

/** One row of the schedule: one activity. */
export interface Activity {
  /** 1-based sheet row. */
  readonly row: number;
  /** The activity text with typed numbering (1、 ① （3）) removed. */
  readonly text: string;
  /** The month cell as the user wrote it (display text), '' when blank. */
  readonly monthText: string;
  readonly timing: Timing;
  /** Calendar months of the period this activity falls in, in period order. */
  readonly months: readonly number[];
  readonly group: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly statusKind: StatusKind | null;
  readonly notes: string | null;
  /** A1 addresses of the cells this activity was read from. */
  readonly cells: Readonly<Partial<Record<Field, string>>>;
}

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

export interface GroupPlan {
  /** The task group as typed; '' for items with no task group (shown as 其他工作 / Other work). */
  readonly name: string;
  readonly items: readonly Activity[];
}

export interface MonthPlan {
  readonly month: number;
  readonly items: readonly Activity[];
}

export interface StatusCount {
  readonly kind: StatusKind;
  readonly count: number;
}

export interface Plan {
  /** Task groups in order of first appearance; ungrouped items last. */
  readonly groups: readonly GroupPlan[];
  /** The twelve months of the period in order, each with its items. */
  readonly months: readonly MonthPlan[];
  /** 全年 / 长期 / 常年 items. */
  readonly yearLong: readonly Activity[];
  /** Items with no usable month (undecided, unknown, blank). */
  readonly unscheduled: readonly Activity[];
  readonly statusCounts: readonly StatusCount[];
}

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

export interface Analysis {
  readonly sheet: string;
  readonly header: HeaderMatch;
  /** The unit the title names ("2025年XX医院工会工作安排" → "XX医院工会"), null when it names none. */
  readonly unit: string | null;
  readonly period: Period;
  readonly activities: readonly Activity[];
  readonly plan: Plan;
  readonly coverage: Coverage;
  readonly issues: readonly Issue[];
}

/** The result of analysing one sheet: either a schedule, or why not. */
export type AnalysisResult =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly issues: readonly Issue[] };

// ---------------------------------------------------------------------------
// The document (工作计划 / 工作总结) as a model that renderers turn into text,
// Markdown or .docx.

export type DocType = 'plan' | 'summary';

export type DocBlock =
  | { readonly kind: 'title'; readonly text: string }
  /** level 1: 一、  level 2: （一）  level 3: 1.  level 4: （1） */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly label: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A numbered item, e.g. label "1、" text "组织教职工学习……。" */
  | { readonly kind: 'item'; readonly label: string; readonly text: string }
  /**
   * 一月：元旦活动。  `label` is "一月", `text` is "元旦活动。" `month` is the calendar month, or
   * `every_month` / `year_long` for the line of items that run every month (每月：…) or all year (全年：…).
   */
  | {
      readonly kind: 'month_line';
      readonly month: number | 'every_month' | 'year_long';
      readonly label: string;
      readonly text: string;
    }
  | { readonly kind: 'signature'; readonly unit: string | null; readonly date: string }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export interface DocModel {
  readonly type: DocType;
  readonly lang: Lang;
  readonly title: string;
  readonly unit: string | null;
  readonly blocks: readonly DocBlock[];
}

export interface DocOptions {
  readonly type?: DocType;
  readonly lang?: Lang;
  /** Overrides the generated title. */
  readonly title?: string;
  /** The unit (单位), e.g. "××学校工会". */
  readonly unit?: string;
  /** 指导思想: left out when not given; never invented. */
  readonly guidance?: string;
  /** 工作目标: left out when not given. */
  readonly goals?: string;
  /** 下一步打算 (summaries). */
  readonly nextSteps?: string;
  /** Signature date; defaults to none (the renderer of a signature needs one). */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  /** Append the schedule as a table (月份 | 活动 | 任务组 | 负责人). */
  readonly includeScheduleTable?: boolean;
}

// ---------------------------------------------------------------------------
// Output sheets, described once and written by the exceljs and Office JavaScript API adapters.

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
