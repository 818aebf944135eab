import fc from 'fast-check';
import { jsonByteLength } from '../../../src/core/ports/json-byte-length';

describe('jsonByteLength', () => {
  it('counts a Chinese character as three bytes and a JSON escape as written', () => {
    expect(jsonByteLength([['月份', 3]])).toBe(14);
    expect(jsonByteLength('a"b')).toBe(6);
  });

  it('counts an emoji as four bytes', () => {
    expect(jsonByteLength('😀')).toBe(6);
  });

  it('agrees with TextEncoder on any JSON value', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonByteLength(value)).toBe(encoder.encode(JSON.stringify(value)).length);
      }),
    );
  });
});
