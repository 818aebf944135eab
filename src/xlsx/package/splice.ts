/** A replacement of `text.slice(start, end)` by `insert`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/**
 * The text with the splices applied; they may not overlap (insertions at one point keep their
 * order). Everything outside them stays exactly as it was: an edit, never a re-serialisation.
 *
 * @example
 * applySplices('<a></a>', [{ start: 3, end: 3, insert: '<b/>' }]) //=> '<a><b/></a>'
 */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let p = 0;
  for (const s of sorted) {
    if (s.start < p) throw new Error('overlapping edits of a package part');
    out += text.slice(p, s.start) + s.insert;
    p = s.end;
  }
  return out + text.slice(p);
}

/**
 * An opening tag's text with its `count` attribute set to `count` (when it has one; the
 * attribute is optional and a tag without it is left so).
 *
 * @example
 * withCount('<cellXfs count="3">', 5) //=> '<cellXfs count="5">'
 */
export function withCount(tagText: string, count: number): string {
  return tagText.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`);
}
