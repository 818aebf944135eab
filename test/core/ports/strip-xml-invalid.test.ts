import fc from 'fast-check';
import { stripXmlInvalid } from '../../../src/core/ports/strip-xml-invalid';

/** The XML 1.0 `Char` production, checked code point by code point. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Splits into code points the way an XML parser reads UTF-16 (lone surrogates stay single). */
function codePoints(text: string): number[] {
  return Array.from(text, (ch) => ch.codePointAt(0) as number);
}

const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('stripXmlInvalid', () => {
  it('drops C0 controls other than tab, line feed and carriage return', () => {
    expect(stripXmlInvalid('a\u0000b\u0007c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\ti\nj\rk')).toEqual('abcdefgh\ti\nj\rk');
  });

  it('drops U+FFFE and U+FFFF but keeps U+FFFD', () => {
    expect(stripXmlInvalid('x\uFFFEy\uFFFFz\uFFFD')).toEqual('xyz\uFFFD');
  });

  it('drops lone surrogates and keeps paired ones', () => {
    expect(stripXmlInvalid('\uD83D😀\uDE00a\uDBFF')).toEqual('😀a');
  });

  it('keeps markup-looking text and full-width punctuation exactly', () => {
    expect(stripXmlInvalid('<script>alert(1)</script> & “三八”：—')).toEqual('<script>alert(1)</script> & “三八”：—');
  });

  it('leaves only characters XML allows, for any UTF-16 input', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        expect(codePoints(stripXmlInvalid(text)).every(isXmlChar)).toBe(true);
      }),
    );
  });

  it('changes no text that XML allows', () => {
    const valid = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((t) => codePoints(t).every(isXmlChar));
    fc.assert(fc.property(valid, (text) => expect(stripXmlInvalid(text)).toEqual(text)));
  });

  it('removes exactly the code points XML forbids, keeping the rest in order', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const kept = codePoints(text).filter(isXmlChar);
        expect(codePoints(stripXmlInvalid(text))).toEqual(kept);
      }),
    );
  });
});
