/** The encodings a text file is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | (string & {});

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export interface DecodeTextOptions {
  /**
   * The charset the file declares (an HTML page's `<meta charset>`), used when the bytes are
   * not UTF-8. Valid UTF-8 that is not plain ASCII is almost never anything else, while pages
   * that declare gb2312 and hold UTF-8 (or the reverse) are common, so the bytes decide first.
   */
  readonly declared?: string | null;
}

/** Labels of the Chinese Windows code page; GB18030 is their superset, so every one decodes as it. */
const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'euc-cn', 'gb18030', 'csgb2312']);

/**
 * Text from a file's bytes, in the encoding they were written in: a byte order mark says it
 * (UTF-8, UTF-16 LE or BE); otherwise UTF-8 when the bytes are valid UTF-8, else the declared
 * charset, else GB18030 — what Excel and WPS write as "CSV" or "Unicode text" on Chinese
 * Windows (GBK, which GB18030 contains). UTF-16 without a mark is recognised by its zero bytes.
 * TextDecoder does the decoding (Node 20 with full ICU and every browser know these labels).
 *
 * @example
 * decodeText(new Uint8Array([0xd4, 0xc2, 0xb7, 0xdd])) //=> { text: '月份', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be');
  const wide = unmarkedUtf16(bytes);
  if (wide) return decoded(bytes, wide);
  if (isUtf8(bytes)) return decoded(bytes, 'utf-8');
  const declared = supportedLabel(options.declared);
  if (declared && declared !== 'utf-8') return decoded(bytes, declared);
  return decoded(bytes, 'gb18030');
}

function decoded(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  // ignoreBOM: a mark already taken off must not be looked for again, and one left in is text.
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

/**
 * Whether the bytes are UTF-8, allowing a character cut off at the very end (a download that
 * stopped, a file truncated by a size limit) rather than reading the whole file as GB18030.
 */
function isUtf8(bytes: Uint8Array): boolean {
  const end = completeEnd(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Where the bytes end once a last, incomplete UTF-8 sequence is left off. */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back];
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? n - back : n;
  }
  return n;
}

/**
 * UTF-16 written without a byte order mark (some exports do): text in it has a zero byte in
 * most code units of ASCII characters (digits, commas, line breaks), on one side only.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = sample / 2;
  if (oddZeros > units * 0.3 && evenZeros < units * 0.05) return 'utf-16le';
  if (evenZeros > units * 0.3 && oddZeros < units * 0.05) return 'utf-16be';
  return null;
}

/** The TextDecoder label for a declared charset, or null when there is none or it is unknown. */
function supportedLabel(charset: string | null | undefined): TextEncoding | null {
  if (!charset) return null;
  const label = charset.trim().toLowerCase();
  if (GB_LABELS.has(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding as TextEncoding;
  } catch {
    return null;
  }
}
