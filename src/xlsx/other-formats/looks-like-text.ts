/** How much of a decoded file is looked at. */
const SAMPLE = 4096;

/**
 * Whether decoded bytes are text at all: no NUL, and hardly any other control character or
 * undecodable byte (U+FFFD) in the first few thousand characters. A zip, an image or an
 * executable renamed .csv decodes to such characters within its first bytes.
 *
 * @example
 * looksLikeText('月份,活动\r\n') //=> true
 * looksLikeText('PK\u0003\u0004\u0014\u0000') //=> false
 */
export function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd <= n / 100;
}
