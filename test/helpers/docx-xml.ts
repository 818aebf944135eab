import JSZip from 'jszip';

/**
 * Just enough XML to read a .docx back in tests: a strict little parser (it
 * throws on a tag that does not close, so a test also checks the part is
 * well-formed) and the lookups the docx tests need.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[ref] as string;
  });
}

interface Building {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export function parseXml(xml: string): XmlElement {
  const root: Building = { name: '#document', attrs: {}, children: [] };
  const stack: Building[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, close, open, attrText, selfClose, text, stray] = m;
    const top = stack[stack.length - 1];
    if (stray !== undefined) throw new Error(`stray '<' at ${m.index}`);
    if (cdata !== undefined) top.children.push(cdata);
    else if (text !== undefined) {
      if (/[&]/.test(text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, ''))) throw new Error(`bare '&' at ${m.index}`);
      top.children.push(decode(text));
    } else if (close !== undefined) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]] = decode(a[2] ?? a[3]);
      const element: Building = { name: open, attrs, children: [] };
      top.children.push(element);
      if (!selfClose) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0];
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el === undefined ? undefined : children(el, name)[0];
}

/** Every element called `name` below `el`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) found.push(c);
    found.push(...descendants(c, name));
  }
  return found;
}

/** All text directly or indirectly inside `el`. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Every part of a zip package, as text, by path. */
export async function unzipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('string'));
  }
  return parts;
}
