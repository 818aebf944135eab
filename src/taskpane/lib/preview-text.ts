/** What the pane's document preview shows: the whole text, or its start. */
export interface PreviewText {
  readonly text: string;
  /** True when the document goes on past `text`. */
  readonly cut: boolean;
}

/**
 * The start of a long text, cut at the last line break within `max` characters (a 20,000-row schedule
 * makes a document of over a million characters, which a page cannot lay out on every change).
 * `more` says the text given is itself only the start of the document.
 *
 * @example
 * previewText('一月：元旦。\n二月：春节。\n三月：植树。', 10)
 * //=> { text: '一月：元旦。', cut: true }
 */
export function previewText(text: string, max: number, more = false): PreviewText {
  if (text.length <= max) return { text, cut: more };
  const lineEnd = text.lastIndexOf('\n', max);
  return { text: text.slice(0, lineEnd > 0 ? lineEnd : max), cut: true };
}
