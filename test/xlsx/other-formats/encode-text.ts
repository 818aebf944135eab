/**
 * Encoders for the tests: TextEncoder writes only UTF-8. GB18030's two-byte part (GBK, what
 * Excel and WPS write on Chinese Windows) is built by decoding every two-byte code with the
 * platform's own decoder, so the tests' encoder is exactly the inverse of what the reader uses.
 */
let gbk: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (gbk) return gbk;
  gbk = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbk.has(char)) gbk.set(char, (lead << 8) | trail);
      } catch {
        // not a two-byte code
      }
    }
  }
  return gbk;
}

/** The characters GBK has, for generators: ASCII aside, every one of them is two bytes. */
export function gbkCharacters(): string[] {
  return [...gbkTable().keys()];
}

/** Text as GB18030 bytes; every character must be ASCII or in GBK. */
export function encodeGb18030(text: string): Uint8Array {
  const table = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`not in GBK: ${char}`);
      out.push(pair >> 8, pair & 0xff);
    }
  }
  return new Uint8Array(out);
}

/** Text as UTF-16 with its byte order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i] = order === 'le' ? unit & 0xff : unit >> 8;
    out[3 + 2 * i] = order === 'le' ? unit >> 8 : unit & 0xff;
  }
  return out;
}
