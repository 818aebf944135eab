/**
 * Characters XML 1.0 cannot hold even as character references (controls, U+FFFE/U+FFFF, unpaired
 * surrogates), and an underscore that starts what would read as an escape (`_x0041_`): both are
 * written the way SpreadsheetML's ST_Xstring escapes them, `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19).
 */
const NOT_XML = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`;
const LONE_SURROGATE = String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const ESCAPE_LIKE = String.raw`_(?=x[0-9A-Fa-f]{4}_)`;
const TEXT_SPECIAL = new RegExp(String.raw`[&<>\r]|${ESCAPE_LIKE}|${NOT_XML}|${LONE_SURROGATE}`, 'g');
const ATTRIBUTE_SPECIAL = new RegExp(String.raw`[&<>"\t\n\r]|${ESCAPE_LIKE}|${NOT_XML}|${LONE_SURROGATE}`, 'g');

/** Whether a string needs any of the above: one quick test, so that plain text (nearly all of it) skips the replace. */
const NEEDS_ESCAPE = /[&<>\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"\t\n\r_\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const NAMED: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Character references, so that a parser neither turns CR into LF nor, in an attribute, these into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeOne(ch: string): string {
  return NAMED[ch] ?? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Text for element content of a SpreadsheetML part (`<t>`, `<formula>`): markup characters as
 * entities, CR as a character reference, and what XML cannot carry as `_xHHHH_`, so that any
 * JavaScript string reads back as itself in Excel (and any reader that decodes ST_Xstring).
 *
 * @example
 * escapeText('a<b & _x0041_\u0007') //=> 'a&lt;b &amp; _x005F_x0041__x0007_'
 */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(TEXT_SPECIAL, escapeOne) : text;
}

/**
 * An attribute value, with the same escapes as `escapeText` plus the quote, tab and line feed.
 *
 * @example
 * escapeAttribute('他说"好"\n') //=> '他说&quot;好&quot;&#10;'
 */
export function escapeAttribute(text: string): string {
  return NEEDS_ATTRIBUTE_ESCAPE.test(text) ? text.replace(ATTRIBUTE_SPECIAL, escapeOne) : text;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const XSTRING = /_x([0-9A-Fa-f]{4})_/g;
const ENTITY_VALUES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The string an attribute value or text node of a SpreadsheetML part stands for: entities and
 * character references resolved, then `_xHHHH_` escapes (the inverse of `escapeText`).
 *
 * @example
 * unescapeXml('a&lt;b _x005F_x0041_ _x0007_') //=> 'a<b _x0041_ \u0007'
 */
export function unescapeXml(raw: string): string {
  const text = raw.includes('&')
    ? raw.replace(ENTITY, (_, hex, dec, name) => (name ? ENTITY_VALUES[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))))
    : raw;
  return text.includes('_x') ? text.replace(XSTRING, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
