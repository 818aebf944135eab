import { useMemo } from 'react';
import { buildDocument } from '../../core/build-document';
import { docOptionsFromSettings } from '../../core/doc-options-from-settings';
import { renderText } from '../../core/render-text';
import type { AnalysisResult, DocModel, Lang } from '../../core/types';
import type { PlanSettings } from '../../core/workbook-port';

export interface PlanDocument {
  readonly doc: DocModel;
  readonly text: string;
}

/** The 工作计划 / 工作总结 for the current analysis and fields; null while there is no schedule. */
export function usePlanDocument(result: AnalysisResult | null, settings: PlanSettings, lang: Lang, today: Date): PlanDocument | null {
  const date = useMemo(() => ({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() }), [today]);
  return useMemo(() => {
    if (!result?.ok) return null;
    const options = docOptionsFromSettings(settings, lang, date);
    const doc = buildDocument(result.analysis, options);
    return { doc, text: renderText(doc) };
  }, [result, settings, lang, date]);
}
