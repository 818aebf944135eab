import type { FileProblem, LooksLike } from '../../core/ports/file-problem';
import { entryData, readZipDirectory, type ZipEntry } from '../list-zip-entries';
import type { FileKind } from '../../core/ports/workbook-data';
import { compoundFileNames, isCompoundFile } from './compound-file-names';

/** What the bytes are: a kind of spreadsheet to read, or why they cannot be one. */
export type Sniffed = { readonly kind: FileKind } | { readonly problem: FileProblem };

/**
 * What a file is, by its bytes, never by its name (a .xls renamed .xlsx is still a .xls):
 *
 * - a zip: an Office Open XML workbook (a part under `xl/`), a binary workbook (`xl/workbook.bin`),
 *   an OpenDocument file by its `mimetype` entry (ODF 1.2 Part 3, 3.3), a Word or PowerPoint file
 *   (`word/`, `ppt/`), or any other archive;
 * - a compound file: Excel or WPS (a `Workbook` or `Book` stream), an Office file saved with a
 *   password to open (`EncryptionInfo`), Word or PowerPoint;
 * - a PDF, an image, another kind of archive, by their signatures;
 * - text: HTML (a table saved as .xls, or a web page), a flat OpenDocument spreadsheet (.fods),
 *   SpreadsheetML 2003 XML (which SheetJS reads with the HTML files), else delimited text;
 * - 0 bytes: empty. Anything else is not a spreadsheet.
 *
 * @example
 * sniffFileKind(xlsxBytes) //=> { kind: 'xlsx' }
 * sniffFileKind(docxBytes) //=> { problem: { code: 'file_not_spreadsheet', looksLike: 'word' } }
 * sniffFileKind(new Uint8Array(0)) //=> { problem: { code: 'file_empty' } }
 */
export function sniffFileKind(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { problem: { code: 'file_empty' } };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  if (isCompoundFile(bytes)) return sniffCompoundFile(bytes);
  const looksLike = binarySignature(bytes);
  if (looksLike !== null) return notSpreadsheet(looksLike);
  return sniffText(bytes);
}

function sniffZip(bytes: Uint8Array): Sniffed {
  const directory = readZipDirectory(bytes);
  if (directory === null) return { problem: { code: 'file_damaged' } };
  const names = directory.entries.map((e) => e.name.toLowerCase());
  const mimetype = directory.entries.find((e) => e.name === 'mimetype');
  if (mimetype) return sniffOpenDocument(storedText(bytes, mimetype));
  if (names.includes('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.some((n) => n.startsWith('xl/'))) return { kind: 'xlsx' };
  if (names.some((n) => n.startsWith('word/'))) return notSpreadsheet('word');
  if (names.some((n) => n.startsWith('ppt/'))) return notSpreadsheet('powerpoint');
  return notSpreadsheet('archive');
}

/** ODF's `mimetype` is the first entry, stored uncompressed (ODF 1.2 Part 3, 3.3). */
function sniffOpenDocument(mimetype: string): Sniffed {
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'ods' };
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return notSpreadsheet('word');
  if (mimetype.startsWith('application/vnd.oasis.opendocument.presentation')) return notSpreadsheet('powerpoint');
  return notSpreadsheet('archive');
}

function storedText(bytes: Uint8Array, entry: ZipEntry): string {
  const data = entry.method === 0 ? entryData(bytes, entry) : null;
  return data === null ? '' : new TextDecoder('utf-8').decode(data.subarray(0, 100)).trim();
}

function sniffCompoundFile(bytes: Uint8Array): Sniffed {
  const names = compoundFileNames(bytes);
  if (names === null) return { problem: { code: 'file_damaged' } };
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('EncryptionInfo') && has('EncryptedPackage')) return { problem: { code: 'file_encrypted' } };
  if (has('Workbook') || has('Book')) return { kind: 'xls' };
  if (has('WordDocument')) return notSpreadsheet('word');
  if (has('PowerPoint Document')) return notSpreadsheet('powerpoint');
  return notSpreadsheet(null);
}

/** Signatures of files people pick by mistake: PDF, images, other archives. */
function binarySignature(bytes: Uint8Array): LooksLike | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  const images = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
    [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  ];
  if (images.some((signature) => startsWith(bytes, signature))) return 'image';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 12) === 'WEBP') return 'image';
  if (ascii(bytes, 4, 12) === 'ftypheic' || ascii(bytes, 4, 12) === 'ftypmif1') return 'image';
  // A bitmap starts "BM" and then gives its own length; text starting "BM" does not.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 6 && view.getUint32(2, true) === bytes.length) return 'image';
  const archives = [
    [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
    [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
    [0x1f, 0x8b], // gzip
  ];
  return archives.some((signature) => startsWith(bytes, signature)) ? 'archive' : null;
}

/** How much of a file's start is looked at to tell text from binary and HTML from CSV. */
const SNIFF_BYTES = 8192;

function sniffText(bytes: Uint8Array): Sniffed {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && !looksLikeText(head)) return notSpreadsheet(null);
  const text = (utf16 ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be') : new TextDecoder('latin1'))
    .decode(head)
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('mime-version:') || /^<(!doctype html|html|table|meta|head|body)\b/.test(text)) return { kind: 'html' };
  if (text.startsWith('<')) {
    if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { kind: 'spreadsheetml' };
    if (text.includes('urn:oasis:names:tc:opendocument:xmlns:office:1.0')) {
      return text.includes('opendocument.spreadsheet') ? { kind: 'fods' } : notSpreadsheet(null);
    }
    if (/<html\b/.test(text)) return { kind: 'html' };
    return notSpreadsheet('text');
  }
  return { kind: 'csv' };
}

/** No NUL byte, and hardly any control characters but tab, line breaks and form feed: text in some 8-bit encoding (UTF-8, GB18030 …). */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control * 100 <= head.length;
}

function notSpreadsheet(looksLike: LooksLike | null): Sniffed {
  return { problem: { code: 'file_not_spreadsheet', looksLike } };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return bytes.length < to ? '' : String.fromCharCode(...bytes.subarray(from, to));
}
