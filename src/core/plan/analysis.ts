import type { Issue } from '../issues/issue';
import type { Activity } from './activity';
import type { Coverage } from './coverage';
import type { Period } from './period';
import type { Plan } from './plan';
import type { HeaderMatch } from '../sheet/header/header-match';

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
export type AnalysisResult = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly issues: readonly Issue[] };

// The document (工作计划 / 工作总结) as a model that renderers turn into text,
// Markdown or .docx.
