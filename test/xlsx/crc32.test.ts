import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '../../src/xlsx/crc32';

describe('crc32', () => {
  it('is the CRC-32 of zip, and continues across pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
        const at = Math.min(cut, data.length);
        expect(crc32(data.subarray(at), crc32(data.subarray(0, at)))).toBe(zlibCrc32(data));
      }),
    );
  });

  it('gives the check value of the standard', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
