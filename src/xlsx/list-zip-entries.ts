const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
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
 * null when the bytes are not a readable zip.
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
    if (p + 46 + nameLength > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({
      name: name.startsWith('/') ? name.slice(1) : name,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
      centralOffset: p,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, centralStart: offset, endRecord: eocd, zip64 };
}

/**
 * The file names in a zip archive; null when the bytes are not a readable zip.
 * Used to tell "not a workbook" apart before exceljs parses, and to see which
 * parts of a workbook (charts, pivot tables …) a rewrite would drop.
 *
 * @example
 * listZipEntries(xlsxBytes) //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 * listZipEntries(new TextEncoder().encode('hello')) //=> null
 */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  return readZipDirectory(bytes)?.entries.map((e) => e.name) ?? null;
}
