import type { DocTextKey, DocType, SettingValues } from '../settings/setting-fields';
import type { Lang } from '../words/lang';

export type { DocType };

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

/** The document's options: the user's document fields as `SETTING_FIELDS` describes them (title, unit, 指导思想 …), and these. */
export interface DocOptions extends Pick<SettingValues, DocTextKey> {
  readonly type?: DocType;
  readonly lang?: Lang;
  /** Signature date; defaults to none (the renderer of a signature needs one). */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  /** Append the schedule as a table (月份 | 活动 | 任务组 | 负责人). */
  readonly includeScheduleTable?: boolean;
}
