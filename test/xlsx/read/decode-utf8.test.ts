import fc from 'fast-check';
import { decodeUtf8 } from '../../../src/xlsx/read/decode-utf8';

describe('decodeUtf8', () => {
  it('decodes any text as the platform decoder does, short spans and long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(8), (text, pad) => {
        const encoded = new TextEncoder().encode(text);
        const bytes = new Uint8Array(encoded.length + 2 * pad).fill(0x41);
        bytes.set(encoded, pad);
        expect(decodeUtf8(bytes, pad, pad + encoded.length)).toBe(new TextDecoder().decode(encoded));
      }),
    );
  });

  it('turns malformed and overlong bytes into U+FFFD', () => {
    const bytes = Uint8Array.of(0x41, 0xc0, 0xaf, 0xe4, 0xb8, 0x41, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80);
    expect(decodeUtf8(bytes, 0, bytes.length)).toBe('A\ufffd\ufffd\ufffd\ufffdA\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd');
  });
});
