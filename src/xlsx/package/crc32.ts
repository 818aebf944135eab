/** The CRC-32 table of the zip format (polynomial 0xEDB88320, APPNOTE 4.4.7). */
const TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing by four: tables 1–3 advance the CRC over 2, 3 and 4 bytes at once.
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 4; t++) table[t * 256 + n] = (table[(t - 1) * 256 + n] >>> 8) ^ table[table[(t - 1) * 256 + n] & 0xff];
  }
  return table;
})();

/**
 * The CRC-32 of `bytes`, continuing from `crc` (the CRC of the bytes before them), as the zip
 * format stores it; pure TypeScript, for Node and the browser alike.
 *
 * @example
 * crc32(new TextEncoder().encode('123456789')).toString(16) //=> 'cbf43926'
 * crc32(new TextEncoder().encode('6789'), crc32(new TextEncoder().encode('12345'))).toString(16) //=> 'cbf43926'
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  let i = 0;
  const end4 = bytes.length - (bytes.length % 4);
  for (; i < end4; i += 4) {
    c ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    c = TABLE[768 + (c & 0xff)] ^ TABLE[512 + ((c >>> 8) & 0xff)] ^ TABLE[256 + ((c >>> 16) & 0xff)] ^ TABLE[c >>> 24];
  }
  for (; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
