import { Deflate } from 'fflate';
import { crc32 } from '../crc32';

/** An entry copied from another zip as it is stored there: its compressed bytes, CRC and sizes. */
export interface CopiedEntry {
  readonly kind: 'copied';
  /** The name exactly as the source archive spells it (its bytes are kept too). */
  readonly nameBytes: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly size: number;
  /** The stored (still compressed) bytes. */
  readonly data: Uint8Array;
  /** MS-DOS time and date fields, as the source archive has them. */
  readonly time: number;
  readonly date: number;
}

/** An entry written here: its uncompressed content, deflated on the way in. */
export interface NewEntry {
  readonly kind: 'new';
  readonly name: string;
  /** The content, whole or as chunks produced on demand (a large sheet never sits in memory uncompressed). */
  readonly content: Uint8Array | Iterable<Uint8Array>;
}

export type ZipOutEntry = CopiedEntry | NewEntry;

export interface WriteZipOptions {
  /** The modification time given to new entries (default: now). */
  readonly now?: Date;
  /** fflate's deflate level for new entries, 1 (fastest) to 9 (smallest); default 6. */
  readonly level?: DeflateLevel;
  /**
   * Compresses one chunk into raw deflate blocks that end on a byte boundary, none of them final
   * (what zlib's Z_SYNC_FLUSH gives); the writer ends the stream with an empty final block. Lets
   * the command line use Node's native zlib, ten times faster than fflate on a large sheet; the
   * browser goes without it, through fflate. Each chunk then compresses on its own (no match
   * reaches back into the chunk before), which costs a few per cent in size at the
   * sheet writer's 512 KB chunks.
   */
  readonly deflateChunk?: (chunk: Uint8Array) => Uint8Array;
  /** A native CRC-32 (Node's `zlib.crc32`), continuing from `crc` as `crc32` here does. */
  readonly crc32?: (chunk: Uint8Array, crc: number) => number;
}

type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type Content = Uint8Array | Iterable<Uint8Array>;
type Crc = (chunk: Uint8Array, crc: number) => number;
type Packed = Pick<Written, 'crc32' | 'size' | 'compressedSize' | 'data'>;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
/** General-purpose flags: bit 3 (sizes in a data descriptor after the data), bit 11 (UTF-8 names). */
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
/** Version 2.0: deflate, folders (APPNOTE 4.4.3). */
const VERSION = 20;
const MAX_32 = 0xffffffff;

interface Written {
  readonly name: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly data: readonly Uint8Array[];
}

/**
 * A zip archive of the entries, in their order: a local header before each entry's data, then
 * the central directory and its end record (APPNOTE.TXT 6.3; no Zip64, no data descriptors, no
 * comments). Copied entries keep their stored bytes, CRC, sizes, name bytes and time; new entries
 * are deflated. Throws when the archive would need Zip64 (an entry or the whole beyond 4 GB, or
 * more than 65,535 entries), which no workbook we write comes near.
 *
 * @example
 * const zip = writeZip([{ kind: 'new', name: 'a.txt', content: new TextEncoder().encode('hello') }]);
 * readZipDirectory(zip)?.entries.map((e) => [e.name, e.size]) //=> [['a.txt', 5]]
 */
export function writeZip(entries: readonly ZipOutEntry[], options: WriteZipOptions = {}): Uint8Array {
  const [time, date] = dosTime(options.now ?? new Date());
  const encoder = new TextEncoder();
  const written = entries.map((entry): Written => {
    if (entry.kind === 'copied')
      return {
        ...entry,
        name: entry.nameBytes,
        flags: entry.flags & ~DATA_DESCRIPTOR,
        compressedSize: entry.data.length,
        data: [entry.data],
      };
    const name = encoder.encode(entry.name);
    const crc = options.crc32 ?? crc32;
    const packed = options.deflateChunk
      ? deflateChunks(entry.content, options.deflateChunk, crc)
      : deflate(entry.content, options.level ?? 6, crc);
    // Bit 11 says the name is UTF-8; a plain ASCII name needs no flag.
    const flags = name.some((b) => b > 0x7f) ? UTF8_NAMES : 0;
    return { name, method: DEFLATED, flags, time, date, ...packed };
  });
  if (written.length > 0xffff) throw new RangeError('more than 65,535 zip entries');

  let total = 0;
  for (const w of written) total += 30 + w.name.length + w.compressedSize + 46 + w.name.length;
  total += 22;
  if (total > MAX_32) throw new RangeError('the zip would be larger than 4 GB');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const w of written) {
    offsets.push(p);
    p = header(view, out, p, LOCAL_HEADER, w);
    for (const chunk of w.data) {
      out.set(chunk, p);
      p += chunk.length;
    }
  }
  const centralStart = p;
  written.forEach((w, i) => {
    p = header(view, out, p, CENTRAL_HEADER, w, offsets[i]);
  });
  view.setUint32(p, END_RECORD, true);
  view.setUint16(p + 8, written.length, true);
  view.setUint16(p + 10, written.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

/** Writes a local header (no `offset`) or a central directory record; gives the position after its name. */
function header(view: DataView, out: Uint8Array, p: number, signature: number, w: Written, offset?: number): number {
  if (w.size > MAX_32 || w.compressedSize > MAX_32) throw new RangeError('a zip entry larger than 4 GB');
  const central = offset !== undefined;
  let q = p;
  view.setUint32(q, signature, true);
  q += 4;
  if (central) {
    view.setUint16(q, VERSION, true);
    q += 2;
  }
  view.setUint16(q, VERSION, true);
  view.setUint16(q + 2, w.flags, true);
  view.setUint16(q + 4, w.method, true);
  view.setUint16(q + 6, w.time, true);
  view.setUint16(q + 8, w.date, true);
  view.setUint32(q + 10, w.crc32, true);
  view.setUint32(q + 14, w.compressedSize, true);
  view.setUint32(q + 18, w.size, true);
  view.setUint16(q + 22, w.name.length, true);
  // Extra field length (and, in the directory, comment length, disk, attributes) stay zero.
  q += central ? 40 : 26;
  if (central) view.setUint32(q - 4, offset, true);
  out.set(w.name, q);
  return q + w.name.length;
}

function deflate(content: Content, level: DeflateLevel, check: Crc): Packed {
  const data: Uint8Array[] = [];
  let compressedSize = 0;
  const stream = new Deflate({ level }, (chunk) => {
    data.push(chunk);
    compressedSize += chunk.length;
  });
  let crc = 0;
  let size = 0;
  for (const chunk of content instanceof Uint8Array ? [content] : content) {
    crc = check(chunk, crc);
    size += chunk.length;
    stream.push(chunk);
  }
  stream.push(new Uint8Array(0), true);
  return { crc32: crc, size, compressedSize, data };
}

/** A final fixed-Huffman block holding nothing but its end code: BFINAL 1, BTYPE 01, code 0000000. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

function deflateChunks(content: Content, compress: (chunk: Uint8Array) => Uint8Array, check: Crc): Packed {
  const data: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  let compressedSize = FINAL_BLOCK.length;
  for (const chunk of content instanceof Uint8Array ? [content] : content) {
    if (chunk.length === 0) continue;
    crc = check(chunk, crc);
    size += chunk.length;
    const packed = compress(chunk);
    data.push(packed);
    compressedSize += packed.length;
  }
  data.push(FINAL_BLOCK);
  return { crc32: crc, size, compressedSize, data };
}

/** MS-DOS time and date fields (local time, two-second steps, years from 1980). */
function dosTime(d: Date): [number, number] {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return [
    (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  ];
}
