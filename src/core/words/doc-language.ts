import type { DocType } from '../document/doc-model';
import type { Period } from '../plan/period';
import type { StatusKind, Timing } from '../plan/activity';

/** How many items of a scope (the year, one task group) ended in each state. */
export interface CompletionCounts {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly notDone: number;
  readonly cancelled: number;
  readonly other: number;
  /** Items whose status cell was left blank. */
  readonly unknown: number;
}

export type SectionKey = 'guidance' | 'goals' | 'completion' | 'mainWork' | 'unfinished' | 'schedule' | 'review' | 'nextSteps';

/** A calendar date, as `DocOptions.date` gives it. */
export interface DocDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Everything that differs between a Chinese and an English document: words,
 * numbering and punctuation. `buildDocument` holds the structure, so both
 * languages always have the same sections in the same order.
 */
export interface DocLanguage {
  title(type: DocType, period: Period, unit: string | null): string;
  readonly sections: Readonly<Record<SectionKey, string>>;
  /** The heading of items that belong to no task group. */
  readonly otherGroup: string;
  /** Labels carry their own spacing ('一、', 'I. '), so that every consumer can write label + text. */
  sectionLabel(n: number): string;
  groupLabel(n: number): string;
  itemLabel(n: number): string;
  monthName(month: number): string;
  /** The labels of the lines of items that run every month (每月) and all year (全年). */
  readonly everyMonth: string;
  readonly yearLong: string;
  /** The text ended as a sentence, unless it already ends with sentence punctuation. */
  finish(text: string): string;
  /** The text with notes in brackets before its sentence end: 组织教师体检（待定）。 */
  withNotes(text: string, notes: readonly string[]): string;
  /** A month line's text: one item as it is, several numbered inside the line. */
  monthLineText(texts: readonly string[]): string;
  /** A short note for a status that is not done; null for done or blank. */
  statusNote(kind: StatusKind | null, status: string | null): string | null;
  readonly undecidedNote: string;
  /** When an item happens, in words (三月至四月, 每月, 全年); null when nothing is known. */
  timingText(timing: Timing, months: readonly number[], period: Period): string | null;
  overallCompletion(counts: CompletionCounts, period: Period): string;
  groupCompletion(group: string, counts: CompletionCounts): string;
  /** The bracketed details of an item not completed: when, who, its status. */
  unfinishedNotes(when: string | null, owner: string | null, status: string): string[];
  date(date: DocDate): string;
  readonly tableCaption: string;
  tableColumns(type: DocType): string[];
}
