import type { DocType } from '../document/doc-model';
import { DOC_TEXT_KEYS, SETTING_FIELDS, type DocTextKey } from './setting-fields';

/**
 * The text fields a document of this type carries, in the order of the schema: 下一步打算 belongs
 * to a summary only, so a plan typed after a summary must not carry it, and the pane does not
 * offer it for a plan.
 *
 * @example
 * docTextKeysFor('plan') //=> ['title', 'unit', 'guidance', 'goals']
 * docTextKeysFor('summary') //=> ['title', 'unit', 'guidance', 'goals', 'nextSteps']
 */
export function docTextKeysFor(type: DocType): DocTextKey[] {
  return DOC_TEXT_KEYS.filter((key) => type === 'summary' || !('summaryOnly' in SETTING_FIELDS[key]));
}
