/**
 * Control characters, the non-characters U+FFFE/U+FFFF and unpaired UTF-16
 * surrogates: XML 1.0 has no way to write them, not even escaped, so a cell
 * holding one would make the whole .docx unreadable.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Drops the characters XML 1.0 cannot hold, keeping everything else (tabs,
 * line breaks, emoji, markup-looking text) exactly as typed.
 *
 * @param text - Text from a cell or an option, about to go into an XML part
 * @returns The same text without the forbidden characters
 *
 * @example
 * stripXmlInvalid('元旦\u0007活动\t<b>')
 * //=> '元旦活动\t<b>'
 *
 * @example
 * stripXmlInvalid('a\uD800b😀')
 * //=> 'ab😀'
 */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}
