export interface HtmlHandlers {
  /** A start or end tag: its lower-case name and, for a start tag, its raw attribute text. */
  readonly tag: (name: string, closing: boolean, attributes: string) => void;
  /** Text between tags, still with its character references. */
  readonly text: (raw: string) => void;
}

/** Elements whose content is not markup: skipped whole (a table inside a script is no table). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/** How far a quoted attribute value may run before the tag is taken to end at its first '>'. */
const MAX_QUOTED = 64 * 1024;

const NAME_START = /[A-Za-z]/;

/**
 * Walks HTML as a browser's tokenizer would for what a table needs: tags with their
 * attributes, and the text between them. Comments, `<!DOCTYPE>`, conditional comments and
 * processing instructions are skipped; a '<' that starts no tag is text. Every step looks
 * ahead with indexOf and never backtracks, so time stays linear whatever the page holds
 * (an unclosed comment or quote costs one scan to the end, not one per character).
 *
 * @example
 * const tags: string[] = [];
 * scanHtml('<td rowspan=2>3月</td>', { tag: (name, closing) => tags.push(closing ? '/' + name : name), text: () => {} });
 * tags //=> ['td', '/td']
 */
export function scanHtml(html: string, handlers: HtmlHandlers): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      handlers.text(html.slice(i));
      return;
    }
    if (lt > i) handlers.text(html.slice(i, lt));
    const next = html.charAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      i = after(html, '-->', lt + 4);
    } else if (next === '!' || next === '?') {
      i = after(html, '>', lt + 2);
    } else {
      const closing = next === '/';
      const nameStart = closing ? lt + 2 : lt + 1;
      if (!NAME_START.test(html.charAt(nameStart))) {
        handlers.text('<');
        i = lt + 1;
        continue;
      }
      let nameEnd = nameStart;
      while (nameEnd < n && /[A-Za-z0-9:_-]/.test(html.charAt(nameEnd))) nameEnd++;
      const end = tagEnd(html, nameEnd);
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      handlers.tag(name, closing, closing ? '' : html.slice(nameEnd, end));
      i = end + 1;
      if (!closing && RAW_TEXT.has(name)) i = rawTextEnd(html, i, name);
    }
  }
}

/** Just after the next `marker` from `from`, or the end of the text. */
function after(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

/** Where a tag's closing '>' is: outside quoted attribute values, as long as they close in time. */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let i = from;
  while (i < n) {
    const c = html.charAt(i);
    if (c === '>') return i;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, i + 1);
      if (close < 0 || close - i > MAX_QUOTED) {
        const plain = html.indexOf('>', i);
        return plain < 0 ? n : plain;
      }
      i = close + 1;
      continue;
    }
    i++;
  }
  return n;
}

/** Just after the end tag of a raw-text element, or the end of the text. */
function rawTextEnd(html: string, from: number, name: string): number {
  const lower = `</${name}`;
  let i = from;
  for (;;) {
    const at = html.indexOf('</', i);
    if (at < 0) return html.length;
    if (html.slice(at, at + lower.length).toLowerCase() === lower) return after(html, '>', at);
    i = at + 2;
  }
}
