/** Excel keeps at most this many characters in a cell (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text of a string item or cell as Excel shows it: `_xHHHH_` is how SpreadsheetML writes a
 * character XML cannot hold, such as a carriage return or a control character (ECMA-376 Part 1,
 * 22.9.2.19, ST_Xstring), and `_x005F_` escapes an underscore that would otherwise start one.
 *
 * @example
 * unescapeXstring('第一行_x000D_\n第二行') //=> '第一行\r\n第二行'
 * unescapeXstring('a_x005F_x0041_') //=> 'a_x0041_'
 */
export function unescapeXstring(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Appends a piece of a cell's text, keeping no more than a cell can hold (a hostile part cannot
 * grow one string without bound).
 *
 * @example
 * appendCellText('三', '月') //=> '三月'
 * appendCellText('x'.repeat(32_767), 'y').length //=> 32767
 */
export function appendCellText(text: string, piece: string): string {
  if (text.length >= MAX_CELL_TEXT) return text;
  const joined = text + piece;
  return joined.length > MAX_CELL_TEXT ? joined.slice(0, MAX_CELL_TEXT) : joined;
}
