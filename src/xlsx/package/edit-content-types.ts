import type { WorkbookExtension } from '../workbook-mime';
import { partKey } from './part-names';
import { applySplices, type Splice } from './splice';
import { rootTag, tags } from './xml-scan';
import { escapeAttribute } from './xml-text';

/**
 * `[Content_Types].xml` with an `Override` for each added part and without the overrides of
 * removed parts; every other character stays as it was, and a part written again under its
 * old name keeps the override it had.
 *
 * @example
 * editContentTypes(xml, [{ part: 'xl/tables/table4.xml', type: CONTENT_TYPE.table }], new Set())
 * //=> '…<Override PartName="/xl/tables/table4.xml" ContentType="application/vnd….table+xml"/></Types>'
 */
export function editContentTypes(
  xml: string,
  add: readonly { readonly part: string; readonly type: string }[],
  removed: ReadonlySet<string>,
): string {
  const root = rootTag(xml);
  const p = root.prefix ? `${root.prefix}:` : '';
  const splices: Splice[] = [];
  const wanted = new Map(add.map((a) => [partKey(a.part), a]));
  const present = new Set<string>();
  for (const tag of tags(xml, root.end)) {
    if (tag.local !== 'Override' || tag.closing) continue;
    const key = partKey((tag.attributes.PartName ?? '').replace(/^\//, ''));
    const mine = wanted.get(key);
    // A part written again under its old name keeps its override where it was (a rebuild moves nothing).
    if (mine && tag.attributes.ContentType === mine.type && !present.has(key)) present.add(key);
    else if (mine || removed.has(key))
      splices.push({ start: tag.start, end: tag.selfClosing ? tag.end : xml.indexOf('>', tag.end) + 1, insert: '' });
  }
  const missing = add.filter((a) => !present.has(partKey(a.part)));
  const insert = missing.map((a) => `<${p}Override PartName="/${escapeAttribute(a.part)}" ContentType="${a.type}"/>`).join('');
  const end = xml.lastIndexOf(`</${root.name}`);
  if (root.selfClosing) splices.push({ start: root.end - 2, end: root.end, insert: `>${insert}</${root.name}>` });
  else splices.push({ start: end, end, insert });
  return applySplices(xml, splices);
}

/**
 * A workbook's content type kept from the input, and what a file of it is called: a macro-enabled
 * workbook must stay `.xlsm` (Excel refuses an `.xlsx` whose workbook part says macros), a
 * template `.xltx` / `.xltm`.
 *
 * @example
 * workbookExtension('application/vnd.ms-excel.sheet.macroEnabled.main+xml') //=> 'xlsm'
 */
export function workbookExtension(contentType: string | undefined): WorkbookExtension {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('macroenabledtemplate')) return 'xltm';
  if (type.includes('macroenabled')) return 'xlsm';
  if (type.includes('template')) return 'xltx';
  return 'xlsx';
}

/** The content type the package declares for a part: its override, else the default for its extension. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const key = partKey(part);
  const extension = key.slice(key.lastIndexOf('.') + 1);
  let byDefault: string | undefined;
  for (const tag of tags(xml)) {
    if (tag.closing) continue;
    const { PartName, ContentType, Extension } = tag.attributes;
    if (tag.local === 'Override' && partKey((PartName ?? '').replace(/^\//, '')) === key) return ContentType;
    if (tag.local === 'Default' && (Extension ?? '').toLowerCase() === extension) byDefault = ContentType;
  }
  return byDefault;
}
