import { useCallback, useMemo, useRef } from 'react';
import { buildDocument } from '../../core/document/build-document';
import { docOptionsFromSettings } from '../../core/settings/doc-options-from-settings';
import { renderText } from '../../core/document/render-text';
import type { AnalysisResult } from '../../core/plan/analysis';
import type { DocModel } from '../../core/document/doc-model';
import type { Lang } from '../../core/words/lang';
import type { PlanSettings } from '../../core/settings/plan-settings';
import { previewText, type PreviewText } from '../lib/preview-text';
import { useDebouncedValue } from './use-debounced-value';

/** The preview follows typing after this pause. */
export const PREVIEW_DELAY_MS = 300;
/** The preview shows at most this many characters; copy and download carry the whole text. */
export const PREVIEW_CHARS = 12_000;

export interface PlanDocument {
  readonly doc: DocModel;
  readonly text: string;
}

export interface PlanDocumentView {
  /** The document as of the last pause in typing, bounded; null while there is no schedule. */
  readonly preview: PreviewText | null;
  /** Its generated title, for the title field's placeholder. */
  readonly title: string;
  /** The whole document for the settings as they are now (for copy and download). */
  latest(): PlanDocument | null;
}

function planModel(result: AnalysisResult | null, settings: PlanSettings, lang: Lang, today: Date): DocModel | null {
  if (!result?.ok) return null;
  const date = { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  return buildDocument(result.analysis, docOptionsFromSettings(settings, lang, date));
}

/** The start of the document's text, rendered from its first blocks only (each block renders on lines of its own). */
function previewOf(doc: DocModel): PreviewText {
  for (let blocks = 256; ; blocks *= 4) {
    const whole = blocks >= doc.blocks.length;
    const text = renderText(whole ? doc : { ...doc, blocks: doc.blocks.slice(0, blocks) });
    if (whole || text.length > PREVIEW_CHARS) return previewText(text, PREVIEW_CHARS, !whole);
  }
}

/** The 工作计划 / 工作总结 for the current analysis and fields: a preview after a pause, the whole on demand. */
export function usePlanDocument(result: AnalysisResult | null, settings: PlanSettings, lang: Lang, today: Date): PlanDocumentView {
  const settledSettings = useDebouncedValue(settings, PREVIEW_DELAY_MS, result);
  const settled = useMemo(() => planModel(result, settledSettings, lang, today), [result, settledSettings, lang, today]);
  const inputs = useRef({ result, settings, lang });
  inputs.current = { result, settings, lang };
  const latest = useCallback((): PlanDocument | null => {
    const now = inputs.current;
    const same = now.result === result && now.settings === settledSettings && now.lang === lang;
    const doc = same ? settled : planModel(now.result, now.settings, now.lang, today);
    return doc ? { doc, text: renderText(doc) } : null;
  }, [result, settledSettings, lang, today, settled]);
  const preview = useMemo(() => (settled ? previewOf(settled) : null), [settled]);
  return { preview, title: settled?.title ?? '', latest };
}
