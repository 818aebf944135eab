import type { Lang } from '../words/lang';

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

// Output sheets, described once and written by the exceljs and Office JavaScript API adapters.
