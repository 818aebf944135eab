import type { DocOptions } from '../document/doc-model';
import type { Lang } from '../words/lang';
import type { PlanSettings } from './plan-settings';

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
  const text = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const fields = {
    title: text(settings.title),
    unit: text(settings.unit),
    guidance: text(settings.guidance),
    goals: text(settings.goals),
    // 下一步打算 belongs to a summary only; a plan typed after a summary must not carry it.
    nextSteps: type === 'summary' ? text(settings.nextSteps) : undefined,
  };
  const options: DocOptions = { type, lang, ...fields, ...(date ? { date } : {}) };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as DocOptions;
}
