import { readZipDirectory, type ZipEntry } from './list-zip-entries';
import { builtinNumberFormat } from './read/builtin-number-formats';
import { crc32 } from './read/crc32';

/** The built-in ids whose code depends on Excel's language (ECMA-376 Part 1, 18.8.30): exceljs knows none of them. */
const LOCALE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const STYLES = 'xl/styles.xml';
const LOCAL_HEADER = 0x04034b50;

/**
 * The workbook's bytes with the language-dependent built-in number formats its
 * cells use written out in `xl/styles.xml` (as zh-CN Excel shows them), so that
 * exceljs reads 2024年9月10日 as a date and keeps its format in a copy. The
 * same bytes come back, untouched, when there is nothing to add or the file is
 * not one this can safely rewrite; the input array is never modified.
 *
 * @example
 * await defineLocaleFormats(bytesUsingNumFmtId31)
 * // styles.xml then holds <numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
 */
export async function defineLocaleFormats(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = readZipDirectory(bytes);
  if (!dir || dir.zip64) return bytes;
  const entry = dir.entries.find((e) => e.name === STYLES);
  if (!entry || (entry.method !== 0 && entry.method !== 8)) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localOffset, true) !== LOCAL_HEADER) return bytes;
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  const xml = new TextDecoder('utf-8').decode(entry.method === 8 ? await inflate(raw) : raw);

  const patched = withLocaleFormats(xml);
  if (patched === null) return bytes;
  return replaceEntry(bytes, dir.entries, entry, new TextEncoder().encode(patched), dir.centralStart, dir.endRecord);
}

/** styles.xml with definitions for the language-dependent ids its cell formats use; null when none is missing. */
function withLocaleFormats(xml: string): string | null {
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!cellXfs) return null;
  const section = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)?.[1] ?? '';
  const defined = new Set([...section.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const missing = new Set<number>();
  for (const m of cellXfs[1].matchAll(/<xf\b[^>]*\bnumFmtId="(\d+)"/g)) {
    const id = Number(m[1]);
    if (LOCALE_IDS.has(id) && !defined.has(id)) missing.add(id);
  }
  if (missing.size === 0) return null;
  const definitions = [...missing]
    .sort((a, b) => a - b)
    .map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(builtinNumberFormat(id)!)}"/>`)
    .join('');

  const open = /<numFmts\b([^>]*?)(\/?)>/.exec(xml);
  if (open) {
    const count = Number(/\bcount="(\d+)"/.exec(open[1])?.[1] ?? defined.size) + missing.size;
    const attributes = /\bcount="/.test(open[1]) ? open[1].replace(/\bcount="\d+"/, `count="${count}"`) : `${open[1]} count="${count}"`;
    const replacement = open[2] ? `<numFmts${attributes}>${definitions}</numFmts>` : `<numFmts${attributes}>${definitions}`;
    return xml.slice(0, open.index) + replacement + xml.slice(open.index + open[0].length);
  }
  // numFmts is the first child of styleSheet.
  const sheet = /<styleSheet\b[^>]*>/.exec(xml);
  if (!sheet) return null;
  const at = sheet.index + sheet[0].length;
  return `${xml.slice(0, at)}<numFmts count="${missing.size}">${definitions}</numFmts>${xml.slice(at)}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A new zip with one entry's content replaced (stored, uncompressed) and every
 * other entry copied byte for byte; offsets in the central directory follow.
 */
function replaceEntry(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  target: ZipEntry,
  content: Uint8Array,
  centralStart: number,
  endRecord: number,
): Uint8Array {
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const crc = crc32(content);
  const chunks: Uint8Array[] = [];
  const newOffsets = new Map<ZipEntry, number>();
  let length = 0;
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    length += chunk.length;
  };

  byOffset.forEach((entry, i) => {
    newOffsets.set(entry, length);
    const end = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : centralStart;
    if (entry !== target) {
      push(bytes.subarray(entry.localOffset, end));
      return;
    }
    const nameLength = src.getUint16(entry.localOffset + 26, true);
    const header = new Uint8Array(30 + nameLength);
    const out = new DataView(header.buffer);
    out.setUint32(0, LOCAL_HEADER, true);
    out.setUint16(4, 20, true);
    // Sizes are known now: no data descriptor after the data.
    out.setUint16(6, src.getUint16(entry.localOffset + 6, true) & ~0x0008, true);
    out.setUint16(8, 0, true);
    out.setUint16(10, src.getUint16(entry.localOffset + 10, true), true);
    out.setUint16(12, src.getUint16(entry.localOffset + 12, true), true);
    out.setUint32(14, crc, true);
    out.setUint32(18, content.length, true);
    out.setUint32(22, content.length, true);
    out.setUint16(26, nameLength, true);
    out.setUint16(28, 0, true);
    header.set(bytes.subarray(entry.localOffset + 30, entry.localOffset + 30 + nameLength), 30);
    push(header);
    push(content);
  });

  const centralOffset = length;
  for (const entry of entries) {
    const p = entry.centralOffset;
    const size = 46 + src.getUint16(p + 28, true) + src.getUint16(p + 30, true) + src.getUint16(p + 32, true);
    // A copy (Uint8Array.prototype.slice, never Buffer's, which is a view): the input stays untouched.
    const record = Uint8Array.prototype.slice.call(bytes, p, p + size);
    const out = new DataView(record.buffer);
    out.setUint32(42, newOffsets.get(entry)!, true);
    if (entry === target) {
      out.setUint16(8, out.getUint16(8, true) & ~0x0008, true);
      out.setUint16(10, 0, true);
      out.setUint32(16, crc, true);
      out.setUint32(20, content.length, true);
      out.setUint32(24, content.length, true);
    }
    push(record);
  }
  const end = Uint8Array.prototype.slice.call(bytes, endRecord);
  const endView = new DataView(end.buffer);
  endView.setUint32(12, length - centralOffset, true);
  endView.setUint32(16, centralOffset, true);
  push(end);

  const result = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
