import type { OpcPackage } from './open-package';
import { elementEnd, tags } from './xml-scan';
import { unescapeXml } from './xml-text';

const PHONETIC = /<(?:\w+:)?rPh[\s>][\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)</;

/**
 * What cell A1 of a worksheet part holds, as text (null when it is empty), reading no further
 * into the sheet than its first cell: enough to tell our settings sheet (its marker) from a
 * user's sheet of the same name. A shared string is looked up by its index.
 *
 * @example
 * sheetFirstCell(pkg, 'xl/worksheets/sheet6.xml') //=> 'plansheet-settings'
 */
export function sheetFirstCell(pkg: OpcPackage, part: string): string | null {
  const xml = pkg.text(part)?.text ?? '';
  const data = /<(?:\w+:)?sheetData[\s>/]/.exec(xml);
  if (!data) return null;
  for (const tag of tags(xml, data.index)) {
    if (tag.local === 'sheetData' && (tag.closing || tag.selfClosing)) return null;
    if (tag.local === 'row' && !tag.closing && tag.attributes.r !== undefined && tag.attributes.r !== '1') return null;
    if (tag.local !== 'c' || tag.closing) continue;
    if ((tag.attributes.r !== undefined && tag.attributes.r.toUpperCase() !== 'A1') || tag.selfClosing) return null;
    const body = xml.slice(tag.end, elementEnd(xml, tag).contentEnd).replace(PHONETIC, '');
    const type = tag.attributes.t ?? 'n';
    if (type === 'inlineStr') return nonEmpty([...body.matchAll(TEXT)].map((m) => m[1]).join(''));
    const value = VALUE.exec(body)?.[1] ?? '';
    return type === 's' ? sharedString(pkg, Number(value)) : nonEmpty(value);
  }
  return null;
}

function nonEmpty(raw: string): string | null {
  const value = unescapeXml(raw);
  return value === '' ? null : value;
}

/** The shared string at `index`, its runs joined and its phonetic runs left out. */
function sharedString(pkg: OpcPackage, index: number): string | null {
  const part = pkg.rels(pkg.workbookPart).find((r) => r.kind === 'sharedStrings')?.part;
  const xml = part ? (pkg.text(part)?.text ?? '') : '';
  if (!Number.isInteger(index) || index < 0) return null;
  const item = /<(?:\w+:)?si[\s>/]/g;
  let start = -1;
  for (let n = 0; n <= index; n++) {
    const m = item.exec(xml);
    if (!m) return null;
    start = m.index;
  }
  const close = /<\/(?:\w+:)?si>/g;
  close.lastIndex = start;
  const end = close.exec(xml)?.index ?? xml.length;
  return nonEmpty([...xml.slice(start, end).replace(PHONETIC, '').matchAll(TEXT)].map((m) => m[1]).join(''));
}
