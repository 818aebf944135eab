import type { DocOptions } from '../document/doc-model';
import type { Lang } from '../words/lang';
import type { PlanSettings } from './plan-settings';
import { docTextKeysFor } from './doc-text-keys-for';

/**
 * The document options for the saved settings: the user's fields as typed (blank
 * ones left out, so the document never shows an empty heading), the pane's
 * language, and the date to sign with.
 *
 * @example
 * docOptionsFromSettings({ docType: 'summary', unit: ' 红星小学工会 ', guidance: '' }, 'zh', { year: 2024, month: 3, day: 5 })
 * //=> { type: 'summary', lang: 'zh', unit: '红星小学工会', date: { year: 2024, month: 3, day: 5 } }
 */
export function docOptionsFromSettings(
  settings: PlanSettings,
  lang: Lang,
  date?: { readonly year: number; readonly month: number; readonly day: number },
): DocOptions {
  const type = settings.docType ?? 'plan';
  const fields: Record<string, string> = {};
  for (const key of docTextKeysFor(type)) {
    const text = settings[key]?.trim();
    if (text) fields[key] = text;
  }
  return { type, lang, ...fields, ...(date ? { date } : {}) };
}
