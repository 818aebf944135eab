export interface OdsContent {
  /** Tables (sheets) whose style hides them: `table:display="false"`. */
  readonly hidden: ReadonlySet<string>;
  /**
   * The most cells SheetJS would create: a cell with content repeated down
   * (number-rows-repeated) and across (number-columns-repeated) counts once per copy. A few
   * hundred bytes of content.xml can claim 16,384 × 1,048,576 copies.
   */
  readonly claimedCells: number;
  /** The XML declares a document type (and so may declare entities). */
  readonly hasDoctype: boolean;
}

const STYLE = /<style:style(?=[\s>/])([^>]*)>/g;
const TAG = /<(\/?)table:(table-row|table-cell|table)(?=[\s>/])([^>]*)>/g;

/**
 * What PlanSheet must know of an OpenDocument spreadsheet's content.xml (or a flat .fods)
 * before SheetJS reads it: which sheets are hidden (SheetJS 0.20.3 does not say for
 * OpenDocument), how many cells its repeat attributes make SheetJS create, and whether it
 * has a DTD. One pass of two linear regular expressions; nothing is built.
 *
 * @example
 * scanOdsContent('<table:table table:name="草稿" table:style-name="ta2">…').hidden //=> Set { '草稿' } (when ta2 hides)
 */
export function scanOdsContent(xml: string): OdsContent {
  const hiddenStyles = hiddenTableStyles(xml);
  const hidden = new Set<string>();
  let claimedCells = 0;
  let rowRepeat = 1;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, element, attributes] = m;
    if (closing) {
      if (element === 'table-row') rowRepeat = 1;
      continue;
    }
    if (element === 'table') {
      const style = attribute(attributes, 'table:style-name');
      const name = attribute(attributes, 'table:name');
      if (style !== null && name !== null && hiddenStyles.has(style)) hidden.add(unescapeXml(name));
    } else if (element === 'table-row') {
      rowRepeat = repeat(attributes, 'table:number-rows-repeated');
      if (attributes.endsWith('/')) rowRepeat = 1;
    } else if (!attributes.endsWith('/')) {
      claimedCells += rowRepeat * repeat(attributes, 'table:number-columns-repeated');
    } else if (attributes.includes('value-type')) {
      // SheetJS keeps an empty-element cell (a string in its attributes) once, unrepeated.
      claimedCells += 1;
    }
  }
  return { hidden, claimedCells, hasDoctype: /<!DOCTYPE|<!ENTITY/i.test(xml) };
}

/** Names of the automatic table styles with `table:display="false"`. */
function hiddenTableStyles(xml: string): Set<string> {
  const hidden = new Set<string>();
  for (const m of xml.matchAll(STYLE)) {
    const attributes = m[1];
    if (attribute(attributes, 'style:family') !== 'table' || attributes.endsWith('/')) continue;
    const end = xml.indexOf('</style:style>', m.index);
    const body = xml.slice(m.index + m[0].length, end < 0 ? xml.length : end);
    const name = attribute(attributes, 'style:name');
    if (name !== null && /table:display\s*=\s*["']false["']/.test(body)) hidden.add(name);
  }
  return hidden;
}

function attribute(attributes: string, name: string): string | null {
  const at = attributes.indexOf(`${name}=`);
  if (at < 0) return null;
  const quote = attributes.charAt(at + name.length + 1);
  const end = attributes.indexOf(quote, at + name.length + 2);
  return end < 0 ? null : attributes.slice(at + name.length + 2, end);
}

function repeat(attributes: string, name: string): number {
  const value = Number(attribute(attributes, name) ?? '1');
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d{1,8});/g, (_, d: string) => codePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]{1,7});/g, (_, h: string) => codePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function codePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}
