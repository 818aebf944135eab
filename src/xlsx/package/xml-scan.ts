import { unescapeXml } from './xml-text';

/** One tag of an XML text, with where it starts and ends, for editing the text around it. */
export interface Tag {
  /** The qualified name, e.g. `x:sheet`. */
  readonly name: string;
  /** The name without its prefix, e.g. `sheet`. */
  readonly local: string;
  readonly prefix: string;
  /** Index of its `<`. */
  readonly start: number;
  /** Index just after its `>`. */
  readonly end: number;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Attributes by qualified name, values unescaped. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * The element tags of an XML text from `from` on, in order, skipping the declaration, processing
 * instructions, comments, CDATA and text. Meant for the small index parts a package edit reads
 * (content types, relationships, the workbook, styles, document properties), never for sheet data.
 * A DTD is refused, as the reader refuses it: nothing is ever expanded.
 *
 * @example
 * [...tags('<a x="1"><b/></a>')].map((t) => [t.name, t.closing, t.selfClosing])
 * //=> [['a', false, false], ['b', false, true], ['a', true, false]]
 */
export function* tags(text: string, from = 0): Generator<Tag> {
  let p = text.indexOf('<', from);
  while (p >= 0 && p < text.length) {
    if (text.startsWith('<!--', p)) p = after(text, '-->', p);
    else if (text.startsWith('<![CDATA[', p)) p = after(text, ']]>', p);
    else if (text.startsWith('<?', p)) p = after(text, '?>', p);
    else if (text.startsWith('<!', p)) throw new Error('a DTD in a package part');
    else {
      const tag = readTag(text, p);
      yield tag;
      p = tag.end;
    }
    p = text.indexOf('<', p);
  }
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at < 0) throw new Error('unterminated markup in a package part');
  return at + end.length;
}

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

function readTag(text: string, start: number): Tag {
  let p = start + 1;
  const closing = text[p] === '/';
  if (closing) p++;
  NAME.lastIndex = p;
  const name = NAME.exec(text)?.[0];
  if (!name) throw new Error('a malformed tag in a package part');
  p += name.length;
  const attributes: Record<string, string> = {};
  for (;;) {
    ATTRIBUTE.lastIndex = p;
    const m = ATTRIBUTE.exec(text);
    if (!m) break;
    attributes[m[1]] = unescapeXml(m[2] ?? m[3]);
    p = ATTRIBUTE.lastIndex;
  }
  while (p < text.length && /\s/.test(text[p])) p++;
  const selfClosing = text[p] === '/';
  if (selfClosing) p++;
  if (text[p] !== '>') throw new Error('a malformed tag in a package part');
  const colon = name.indexOf(':');
  return {
    name,
    local: name.slice(colon + 1),
    prefix: colon < 0 ? '' : name.slice(0, colon),
    start,
    end: p + 1,
    closing,
    selfClosing,
    attributes,
  };
}

/**
 * Where the element that `open` starts ends: just after its closing tag (or the tag itself when
 * it closes itself), and where its content ends (the closing tag's `<`).
 *
 * @example
 * const xml = '<a><b><b/></b></a>';
 * const b = [...tags(xml)][1];
 * elementEnd(xml, b) //=> { contentEnd: 10, end: 14 }
 */
export function elementEnd(text: string, open: Tag): { readonly contentEnd: number; readonly end: number } {
  if (open.selfClosing) return { contentEnd: open.end, end: open.end };
  let depth = 0;
  for (const tag of tags(text, open.end)) {
    if (tag.selfClosing) continue;
    if (!tag.closing) depth++;
    else if (depth === 0) return { contentEnd: tag.start, end: tag.end };
    else depth--;
  }
  throw new Error(`no closing tag for ${open.name} in a package part`);
}

/** A child element: its opening tag, where its content ends and where it ends. */
export interface Child {
  readonly tag: Tag;
  readonly contentEnd: number;
  readonly end: number;
}

/**
 * The child elements of an element (their opening tags and where each ends), in order.
 *
 * @example
 * const xml = '<a><b/><c>1</c></a>';
 * children(xml, [...tags(xml)][0]).map((c) => c.tag.name) //=> ['b', 'c']
 */
export function children(text: string, parent: Tag): Child[] {
  const out: Child[] = [];
  if (parent.selfClosing) return out;
  const stop = elementEnd(text, parent).contentEnd;
  let p = parent.end;
  for (;;) {
    const next = nextTag(text, p);
    if (!next || next.start >= stop) return out;
    const { end, contentEnd } = elementEnd(text, next);
    out.push({ tag: next, end, contentEnd });
    p = end;
  }
}

/** The first tag at or after `from`, or null. */
export function nextTag(text: string, from: number): Tag | null {
  for (const tag of tags(text, from)) return tag;
  return null;
}

/** The root element's opening tag. */
export function rootTag(text: string): Tag {
  const root = nextTag(text, 0);
  if (!root || root.closing) throw new Error('a package part without a root element');
  return root;
}

/** The first child of `parent` with this local name. */
export function childNamed(text: string, parent: Tag, local: string): Child | null {
  return children(text, parent).find((c) => c.tag.local === local) ?? null;
}
