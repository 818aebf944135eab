const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General-purpose bit flags; bit 0 set means the entry is encrypted. */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (a claim, to be checked while inflating). */
  readonly size: number;
  /** Where its local header starts. */
  readonly localOffset: number;
  /** Where its central directory record starts. */
  readonly centralOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Where the central directory starts, and where its end record is. */
  readonly centralStart: number;
  readonly endRecord: number;
  /** Zip64 archives are read, but never rewritten. */
  readonly zip64: boolean;
}

/**
 * The central directory of a zip archive, read without inflating anything;
 * null when the bytes are not a readable zip (no end record, or a directory
 * that runs past the end of the bytes).
 *
 * @example
 * readZipDirectory(xlsxBytes)?.entries.map((e) => e.name) //=> ['[Content_Types].xml', '_rels/.rels', …]
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let zip64 = false;
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
    zip64 = true;
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      // APPNOTE 4.5.3: the Zip64 extra field holds, in this order, only the values that overflowed.
      const wide = zip64Extra(view, p + 46 + nameLength, extraLength);
      let i = 0;
      if (size === 0xffffffff) size = wide[i++] ?? size;
      if (compressedSize === 0xffffffff) compressedSize = wide[i++] ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = wide[i++] ?? localOffset;
    }
    entries.push({
      name: name.startsWith('/') ? name.slice(1) : name,
      method: view.getUint16(p + 10, true),
      flags: view.getUint16(p + 8, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize,
      size,
      localOffset,
      centralOffset: p,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, centralStart: offset, endRecord: eocd, zip64 };
}

function zip64Extra(view: DataView, start: number, length: number): number[] {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size && q + 8 <= view.byteLength; q += 8) values.push(Number(view.getBigUint64(q, true)));
      return values;
    }
    p += 4 + size;
  }
  return [];
}

/**
 * An entry's stored bytes (still compressed), as a view into `bytes`; null when its local
 * header is missing or the data runs past the end (a truncated or damaged file). A copy that
 * keeps an entry unchanged writes these bytes as they are.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const p = entry.localOffset;
  if (p + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(p, true) !== LOCAL_HEADER) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}

/**
 * The file names in a zip archive; null when the bytes are not a readable zip.
 *
 * @example
 * listZipEntries(xlsxBytes) //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 * listZipEntries(new TextEncoder().encode('hello')) //=> null
 */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  return readZipDirectory(bytes)?.entries.map((e) => e.name) ?? null;
}
