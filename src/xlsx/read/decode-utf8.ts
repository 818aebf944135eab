/** Longer spans go to the platform's decoder; shorter ones cost less decoded here than a call into it. */
const NATIVE_FROM = 256;
let decoder: TextDecoder | null = null;
/** UTF-16 code units of the span being decoded, reused (a short span has at most NATIVE_FROM). */
const units: number[] = [];

/**
 * The text of a span of UTF-8 bytes. A workbook's strings are short (a cell, a name, an
 * attribute) and there are millions of them, so short spans are decoded in place. Well-formed
 * text decodes as TextDecoder decodes it; each byte of a malformed sequence becomes U+FFFD.
 *
 * @example
 * decodeUtf8(new TextEncoder().encode('<t>三月</t>'), 3, 9) //=> '三月'
 */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string {
  if (to - from >= NATIVE_FROM) return (decoder ??= new TextDecoder('utf-8')).decode(bytes.subarray(from, to));
  let n = 0;
  for (let i = from; i < to;) {
    const c = bytes[i];
    if (c < 0x80) {
      units[n++] = c;
      i++;
      continue;
    }
    const need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : 0;
    const code = need === 0 || i + need >= to ? -1 : sequence(bytes, i, need);
    if (code < 0) {
      units[n++] = 0xfffd;
      i++;
    } else {
      if (code >= 0x10000) {
        units[n++] = 0xd800 + ((code - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
      } else units[n++] = code;
      i += need + 1;
    }
  }
  units.length = n;
  return String.fromCharCode.apply(null, units);
}

/** The code point of the `need`-byte continuation after the lead byte at `i`; -1 when malformed or overlong. */
function sequence(bytes: Uint8Array, i: number, need: number): number {
  let code = bytes[i] & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if ((b & 0xc0) !== 0x80) return -1;
    code = (code << 6) | (b & 0x3f);
  }
  if (need === 2 && (code < 0x800 || (code >= 0xd800 && code < 0xe000))) return -1;
  if (need === 3 && (code < 0x10000 || code > 0x10ffff)) return -1;
  return code;
}
