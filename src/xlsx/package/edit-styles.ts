import { XML_DECLARATION } from './namespaces';
import { applySplices, withCount, type Splice } from './splice';
import { children, childNamed, rootTag, type Tag } from './xml-scan';
import { escapeAttribute, unescapeXml } from './xml-text';

/** A cell format we need: a number format, a bold or larger font, centred text. */
export interface CellStyle {
  readonly numFmt?: string;
  readonly bold?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly center?: boolean;
}

/** A differential format for conditional formatting: font colour and fill colour, ARGB. */
export interface DiffStyle {
  readonly fontColor: string;
  readonly fill: string;
}

export interface StylesEdit {
  readonly xml: string;
  /** The cellXfs index of each requested cell style. */
  readonly xf: readonly number[];
  /** The dxfs index of each requested differential style. */
  readonly dxf: readonly number[];
}

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) whose meaning is the same in every locale. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  '@': 49,
};

/** CT_Stylesheet's children, in the order the schema demands. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** What a stylesheet must have before a cell format can point at entry 0 of each (Excel's own defaults). */
const DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
};

/** A stylesheet for a package that has none, in the package's SpreadsheetML namespace. */
export const emptyStyles = (main: string): string =>
  `${XML_DECLARATION}<styleSheet xmlns="${main}">` +
  `<fonts count="1">${DEFAULTS.fonts.join('')}</fonts><fills count="2">${DEFAULTS.fills.join('')}</fills>` +
  `<borders count="1">${DEFAULTS.borders.join('')}</borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Collection {
  readonly local: string;
  /** Its opening tag, or null when the stylesheet lacks it. */
  readonly tag: Tag | null;
  /** Its children's texts. */
  readonly items: string[];
  readonly contentEnd: number;
  readonly added: string[];
}

/**
 * The stylesheet with what our cells need appended, and where each need landed. Existing entries
 * are never renumbered or changed: a need that matches an entry already there (ours from an
 * earlier build, or the user's own) uses it; otherwise one `numFmt`, `font`, `xf` or `dxf` is
 * appended and the collection's count raised. Only the touched collections' tags change; a
 * missing collection is inserted where the schema wants it.
 *
 * @example
 * editStyles(stylesXml, [{ numFmt: '@' }], []).xf //=> [9] (a cellXfs that held 9 entries)
 */
export function editStyles(xml: string, cells: readonly CellStyle[], diffs: readonly DiffStyle[]): StylesEdit {
  const root = rootTag(xml);
  const p = root.prefix ? `${root.prefix}:` : '';
  const collection = (local: string): Collection => {
    const found = childNamed(xml, root, local);
    if (!found) return { local, tag: null, items: [], contentEnd: -1, added: [] };
    const items = children(xml, found.tag).map((c) => xml.slice(c.tag.start, c.end));
    return { local, tag: found.tag, items, contentEnd: found.contentEnd, added: [] };
  };
  const all = new Map(ORDER.map((local) => [local, collection(local)]));
  const get = (local: string): Collection => all.get(local) as Collection;
  for (const [local, items] of Object.entries(DEFAULTS))
    if (get(local).items.length === 0) get(local).added.push(...items.map((i) => prefixed(p, i)));

  const xf = cells.map((style) => entry(get('cellXfs'), xfXml(style, p, get)));
  const dxf = diffs.map((d) => entry(get('dxfs'), prefixed(p, dxfXml(d))));
  return { xml: applySplices(xml, splices(xml, root, p, all)), xf, dxf };
}

/** The index of an entry with this exact text, appending it when there is none. */
function entry(c: Collection, text: string): number {
  const at = [...c.items, ...c.added].indexOf(text);
  if (at >= 0) return at;
  c.added.push(text);
  return c.items.length + c.added.length - 1;
}

function xfXml(style: CellStyle, p: string, get: (local: string) => Collection): string {
  const numFmt = style.numFmt === undefined ? 0 : numFmtId(get('numFmts'), style.numFmt, p);
  const font = style.bold || style.size !== undefined ? entry(get('fonts'), fontXml(get('fonts'), style, p)) : 0;
  const xfId = get('cellStyleXfs').items.length > 0 ? ' xfId="0"' : '';
  const apply = `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${style.center ? ' applyAlignment="1"' : ''}`;
  const head = `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0"${xfId}${apply}`;
  return style.center ? `${head}><${p}alignment horizontal="center"/></${p}xf>` : `${head}/>`;
}

function numFmtId(c: Collection, code: string, p: string): number {
  if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
  let max = 163;
  for (const item of [...c.items, ...c.added]) {
    const id = Number(/numFmtId\s*=\s*["'](\d+)["']/.exec(item)?.[1]);
    const formatCode = /formatCode\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(item);
    if (formatCode && unescapeXml(formatCode[1] ?? formatCode[2]) === code) return id;
    if (id > max) max = id;
  }
  c.added.push(`<${p}numFmt numFmtId="${max + 1}" formatCode="${escapeAttribute(code)}"/>`);
  return max + 1;
}

/** The workbook's default font (entry 0) made bold or resized, keeping its face and colour. */
function fontXml(c: Collection, style: CellStyle, p: string): string {
  const base = c.items[0] ?? c.added[0];
  const open = /^<[^>]*?\/?>/.exec(base)?.[0] ?? `<${p}font>`;
  const inner = open.endsWith('/>') ? '' : base.slice(open.length, base.lastIndexOf('</'));
  const kept = inner.replace(/<(?:\w+:)?(?:b|sz)\b[^>]*?(?:\/>|>[^<]*<\/(?:\w+:)?(?:b|sz)>)/g, '');
  const bold = style.bold ? `<${p}b/>` : '';
  const size = style.size !== undefined ? `<${p}sz val="${style.size}"/>` : (/<(?:\w+:)?sz\b[^>]*\/>/.exec(inner)?.[0] ?? '');
  return `<${p}font>${bold}${size}${kept}</${p}font>`;
}

/**
 * A differential format. In a conditional format's solid fill Excel paints `bgColor` (unlike a
 * cell's fill; https://github.com/randym/axlsx/issues/218), other readers `fgColor`: both say it.
 */
function dxfXml(d: DiffStyle): string {
  const fill = `<patternFill patternType="solid"><fgColor rgb="${d.fill}"/><bgColor rgb="${d.fill}"/></patternFill>`;
  return `<dxf><font><color rgb="${d.fontColor}"/></font><fill>${fill}</fill></dxf>`;
}

function prefixed(p: string, text: string): string {
  return p ? text.replace(/<(\/?)/g, `<$1${p}`) : text;
}

function splices(xml: string, root: Tag, p: string, all: ReadonlyMap<string, Collection>): Splice[] {
  const out: Splice[] = [];
  const rootEnd = xml.lastIndexOf(`</${root.name}`);
  for (const [local, c] of all) {
    if (c.added.length === 0) continue;
    const count = c.items.length + c.added.length;
    const added = c.added.join('');
    if (c.tag === null) {
      const next = ORDER.slice(ORDER.indexOf(local) + 1)
        .map((l) => all.get(l)?.tag)
        .find((t) => t);
      out.push({
        start: next?.start ?? rootEnd,
        end: next?.start ?? rootEnd,
        insert: `<${p}${local} count="${count}">${added}</${p}${local}>`,
      });
    } else if (c.tag.selfClosing) {
      const open = withCount(xml.slice(c.tag.start, c.tag.end - 2).trimEnd(), count);
      out.push({ start: c.tag.start, end: c.tag.end, insert: `${open}>${added}</${c.tag.name}>` });
    } else {
      out.push({ start: c.tag.start, end: c.tag.end, insert: withCount(xml.slice(c.tag.start, c.tag.end), count) });
      out.push({ start: c.contentEnd, end: c.contentEnd, insert: added });
    }
  }
  return out;
}
