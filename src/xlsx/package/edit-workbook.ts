import type { Namespaces } from './namespaces';
import { applySplices } from './splice';
import { childNamed, rootTag } from './xml-scan';
import { escapeAttribute } from './xml-text';

export interface NewSheetElement {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state?: 'hidden' | 'veryHidden';
}

/**
 * The workbook part with `<sheet>` elements appended to `<sheets>`: the text is edited, not
 * re-serialised, so its views, defined names, calculation properties and extensions stay as
 * the producer wrote them. New sheets go last, so that no sheet index (`activeTab`,
 * `localSheetId`) moves.
 *
 * @example
 * addSheetElements(xml, [{ name: '主要工作', sheetId: 4, relId: 'rId9' }], TRANSITIONAL)
 * //=> '…<sheet name="主要工作" sheetId="4" r:id="rId9"/></sheets>…'
 */
export function addSheetElements(xml: string, sheets: readonly NewSheetElement[], ns: Namespaces): string {
  if (sheets.length === 0) return xml;
  const root = rootTag(xml);
  const p = root.prefix ? `${root.prefix}:` : '';
  const declared = Object.entries(root.attributes)
    .find(([k, v]) => k.startsWith('xmlns:') && v === ns.relationships)?.[0]
    .slice(6);
  const r = declared ?? 'r';
  const declare = declared ? '' : ` xmlns:r="${ns.relationships}"`;
  const insert = sheets
    .map((s) => {
      const state = s.state ? ` state="${s.state}"` : '';
      const id = `${r}:id="${escapeAttribute(s.relId)}"`;
      return `<${p}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${state} ${id}${declare}/>`;
    })
    .join('');
  const found = childNamed(xml, root, 'sheets');
  if (!found) throw new Error('a workbook without sheets');
  const { tag, contentEnd } = found;
  if (tag.selfClosing) return applySplices(xml, [{ start: tag.end - 2, end: tag.end, insert: `>${insert}</${tag.name}>` }]);
  return applySplices(xml, [{ start: contentEnd, end: contentEnd, insert }]);
}
