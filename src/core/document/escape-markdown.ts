// Characters that mean something inline wherever they stand (emphasis, code,
// links, HTML, entities, tables, strikethrough), and the backslash itself.
const INLINE = /[\\`*_[\]<>#|~&]/g;
// What turns a line into a list item or a thematic break where it starts.
const LINE_START = /^([ \t]*)([-+])|^([ \t]*\d{1,9})([.)])/;

/**
 * User text as CommonMark/GFM that shows literally: every character that
 * could start emphasis, code, a link, HTML, an entity or a table cell is
 * backslash-escaped, and so is what would make a line a list item
 * (`1.` becomes `1\.`, so that numbering typed by a person never renumbers).
 * Removing each backslash before an ASCII punctuation mark gives the text back.
 *
 * @example
 * escapeMarkdown('*重要* 活动') //=> '\\*重要\\* 活动'
 * escapeMarkdown('1. Opening') //=> '1\\. Opening'
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, '\\$&')
        .replace(LINE_START, (_, sp, bullet, num, dot) => (bullet !== undefined ? `${sp}\\${bullet}` : `${num}\\${dot}`)),
    )
    .join('\n');
}
