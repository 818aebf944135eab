let tables: Int32Array[] | null = null;

/**
 * Eight tables of the reflected CRC-32 polynomial, for eight bytes a step ("slicing-by-8"); signed,
 * so that every value stays a small integer for the engine (a uint32 above 2^31 is a heap number).
 */
function crcTables(): Int32Array[] {
  if (tables) return tables;
  const made = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    made[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) made[t][n] = (made[t - 1][n] >>> 8) ^ made[0][made[t - 1][n] & 0xff];
  }
  tables = made;
  return made;
}

/**
 * The CRC-32 of zip (ISO 3309, as APPNOTE 4.4.7 names it), continued from `crc` over `data`,
 * so that a part can be checked piece by piece while it is inflated.
 *
 * @example
 * crc32(new TextEncoder().encode('123456789')) //=> 0xcbf43926
 * crc32(new TextEncoder().encode('6789'), crc32(new TextEncoder().encode('12345'))) //=> 0xcbf43926
 */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = crcTables();
  const t0 = t[0],
    t1 = t[1],
    t2 = t[2],
    t3 = t[3],
    t4 = t[4],
    t5 = t[5],
    t6 = t[6],
    t7 = t[7];
  let c = ~crc;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    const a = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[data[i + 4]] ^
      t2[data[i + 5]] ^
      t1[data[i + 6]] ^
      t0[data[i + 7]];
  }
  for (; i < n; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
