import { codepageShim, withByteStrings } from '../../../src/xlsx/other-formats/codepage-shim';

const { decode, encode } = codepageShim.utils;

describe('codepageShim', () => {
  it("decodes a code page's bytes with the platform's decoder, whatever form SheetJS hands them in", () => {
    const gbk = [0xbb, 0xee, 0xb6, 0xaf];
    expect([
      decode(936, new Uint8Array(gbk)),
      decode(936, Buffer.from(gbk)),
      decode(936, String.fromCharCode(...gbk)),
      decode(950, new Uint8Array([0xa4, 0xeb, 0xa5, 0xf7])),
      decode(1252, new Uint8Array([0xe9])),
      decode(28591, new Uint8Array([0x80])),
      decode(65001, new Uint8Array([0xe6, 0x9c, 0x88])),
    ]).toEqual(['活动', '活动', '活动', '月份', 'é', '\u0080', '月']);
  });

  it('reads a one-character lookup [low, high] as a UTF-16 unit, unless the file keeps byte strings', () => {
    expect([decode(1252, [0x08, 0x67]), withByteStrings(() => decode(936, [0xd4, 0xc2])), decode(936, [0x41])]).toEqual(['月', '月', 'A']);
  });

  it('encodes byte for character (SheetJS encodes only to write, which PlanSheet never asks it to)', () => {
    expect(encode(1252, 'ab')).toEqual([0x61, 0x62]);
  });
});
