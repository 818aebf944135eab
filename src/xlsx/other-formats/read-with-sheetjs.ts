import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { PortError } from '../../core/ports/workbook-port';
import type { ReadLimits } from '../read-limits';
import type { WorkbookData } from '../../core/ports/workbook-data';
import { cellBudget } from './cell-budget';
import { withByteStrings } from './codepage-shim';
import { decodeText } from './decode-text';
import { inflatePackage } from './inflate-package';
import { loadSheetJs, type SheetJsModule } from './load-sheetjs';
import { readCompoundDirectory } from './read-compound-directory';
import { looksLikeOf } from './looks-like-of';
import { scanOdsContent } from './scan-ods-content';
import { workbookFromSheetJs } from './workbook-from-sheetjs';

/**
 * The kinds SheetJS reads for PlanSheet. `spreadsheetml` is Excel's "XML Spreadsheet 2003",
 * which reporting systems name .xls beside their HTML tables; it is read as kind 'html'.
 */
export type SheetJsKind = 'xls' | 'xlsb' | 'ods' | 'fods' | 'spreadsheetml';

/**
 * How SheetJS is asked to read (https://docs.sheetjs.com/docs/api/parse-options): dense sheets
 * (`!data` rows of cells, not an object keyed by address), dates as serials (`cellDates: false`)
 * with their number format (`cellNF`), and nothing PlanSheet does not use — no formatted text,
 * HTML, formulas, styles, stubs for empty cells, VBA or raw parts. `WTF: false` lets SheetJS skip
 * records it does not know instead of failing the file. `codepage: 936` is the code page of a
 * BIFF2–BIFF5 file that names none: a file without one comes from Chinese Windows here.
 * `sheetRows` is not used: it bounds rows, not cells. The cells are bounded instead by the file
 * limit (a binary cell record is bytes of the file), by counting an OpenDocument file's repeats
 * before SheetJS expands them, and by the cell budget while converting.
 */
const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: false,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookFiles: false,
  bookDeps: false,
  WTF: false,
  codepage: 936,
};

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An old .xls or WPS .et (BIFF8, BIFF5, BIFF2–4), an .xlsb, an .ods or a flat .fods, read by
 * SheetJS into `WorkbookData` (see `workbookFromSheetJs`). Before SheetJS sees the bytes they
 * are checked to be what the kind says (else `file_not_spreadsheet`, with what they look like),
 * a zip package is inflated once within the limits (see `inflatePackage`), an OpenDocument
 * file's repeated cells are counted against the cell limit and its DTD refused (`file_unsafe`),
 * and a password-protected file is named as such (`file_encrypted`). Whatever SheetJS throws
 * becomes `file_damaged` (or `file_encrypted` when it says the file is password-protected).
 *
 * @example
 * (await readWithSheetJs(xlsBytes, 'xls', READ_LIMITS)).sheets.map((s) => s.sheetName) //=> ['活动安排', '说明']
 */
export async function readWithSheetJs(bytes: Uint8Array, kind: SheetJsKind, limits: ReadLimits): Promise<WorkbookData> {
  const hidden = kind === 'ods' ? checkOds(bytes, limits) : kind === 'fods' ? checkFods(bytes, limits) : undefined;
  if (kind === 'xlsb') checkXlsb(bytes, limits);
  if (kind === 'spreadsheetml') checkSpreadsheetMl(bytes);
  const compound = startsWith(bytes, CFB_SIGNATURE);
  if (kind === 'xls' && !compound && !isBiffStream(bytes)) throw notSpreadsheet(bytes, 'no compound file');
  // A compound file taken for a zip format is an encrypted .xlsx or .xlsb (EncryptionInfo), a
  // Word or PowerPoint file, or an .xls: the last is what the bytes say, not this kind.
  if (compound && kind !== 'xls') {
    keepsByteStrings(bytes);
    throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, `an .xls, not ${kind}`);
  }
  const byteStrings = kind === 'xls' && keepsByteStrings(bytes);
  const book = parse(await loadSheetJs(), bytes, byteStrings);
  return workbookFromSheetJs(book, kind, cellBudget(limits), { hidden });
}

/**
 * SheetJS's read, quiet (it reports oddities on the console) and with its errors in words. In
 * Node the bytes go in as a Buffer over the same memory: SheetJS's Buffer paths read a 50,000-row
 * .xls in half the time of its Uint8Array ones (its test for them is the same as here).
 */
function parse(sheetJs: SheetJsModule, bytes: Uint8Array, byteStrings: boolean): WorkBook {
  const node = typeof Buffer === 'function' && typeof process !== 'undefined' && Boolean(process.versions?.node);
  const input = node ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  const options: ParsingOptions = { ...READ_OPTIONS, type: node ? 'buffer' : 'array' };
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    const read = (): WorkBook => sheetJs.read(input, options);
    return byteStrings ? withByteStrings(read) : read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /password|encrypt/i.test(message) ? 'file_encrypted' : 'file_damaged';
    throw PortError.file({ code }, `SheetJS: ${message}`);
  } finally {
    Object.assign(console, saved);
  }
}

/**
 * What a compound file holds, checked before SheetJS parses it (see `readCompoundDirectory`): an
 * encrypted .xlsx (EncryptionInfo) is password-protected, a Word or PowerPoint file is not a
 * spreadsheet. True when the workbook keeps its text in a code page (BIFF5 and older), not in
 * UTF-16 (BIFF8): its BOF record (type 0x0809) gives version 0x0600 for BIFF8.
 */
function keepsByteStrings(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, CFB_SIGNATURE)) return true;
  const entries = readCompoundDirectory(bytes);
  if (!entries) throw PortError.file({ code: 'file_damaged' }, 'compound file structure');
  const named = (name: string) => entries.find((e) => e.type === 2 && e.name.toLowerCase() === name);
  if (named('encryptioninfo') || named('encryptedpackage')) throw PortError.file({ code: 'file_encrypted' }, 'encrypted OOXML package');
  const stream = named('workbook') ?? named('book');
  if (!stream) {
    const looksLike = named('worddocument') ? 'word' : named('powerpoint document') ? 'powerpoint' : null;
    throw PortError.file({ code: 'file_not_spreadsheet', looksLike }, 'no Workbook stream');
  }
  return !(stream.head[4] === 0x00 && stream.head[5] === 0x06);
}

/** A raw BIFF2–BIFF4 worksheet stream, as SheetJS recognises one (a BOF record first). */
function isBiffStream(bytes: Uint8Array): boolean {
  return bytes[0] === 0x09 && bytes[1] <= 0x08 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1]);
}

function checkXlsb(bytes: Uint8Array, limits: ReadLimits): void {
  if (startsWith(bytes, CFB_SIGNATURE)) return;
  if (!isZip(bytes)) throw notSpreadsheet(bytes, 'not a zip');
  const { names } = inflatePackage(bytes, limits, []);
  if (!names.has('xl/workbook.bin') && !names.has('xl/workbook.xml')) throw notSpreadsheet(bytes, 'no xl/workbook.bin');
}

/** An .ods: its mimetype, its manifest's encryption, then its content (see `checkOdsXml`). */
function checkOds(bytes: Uint8Array, limits: ReadLimits): ReadonlySet<string> | undefined {
  if (startsWith(bytes, CFB_SIGNATURE)) return undefined;
  if (!isZip(bytes)) throw notSpreadsheet(bytes, 'not a zip');
  const wanted = ['mimetype', 'META-INF/manifest.xml', 'content.xml', 'styles.xml'];
  const utf8 = new TextDecoder('utf-8');
  const { names, kept } = inflatePackage(bytes, limits, wanted, (name, data) => {
    const text = utf8.decode(data);
    if (name === 'mimetype' && !text.trim().startsWith(ODS_MIMETYPE)) {
      throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, `mimetype ${text.slice(0, 80)}`);
    }
    if (name === 'META-INF/manifest.xml' && text.includes('encryption-data')) throw PortError.file({ code: 'file_encrypted' });
  });
  const content = kept.get('content.xml');
  if (!content && names.has('mimetype')) throw PortError.file({ code: 'file_damaged' }, 'no content.xml');
  if (!content) throw notSpreadsheet(bytes, 'no content.xml');
  const styles = kept.get('styles.xml');
  if (styles && /<!DOCTYPE|<!ENTITY/i.test(utf8.decode(styles))) throw PortError.file({ code: 'file_unsafe' }, 'DTD in styles.xml');
  return checkOdsXml(utf8.decode(content), limits);
}

/** A flat .fods: an OpenDocument spreadsheet written as one XML document. */
function checkFods(bytes: Uint8Array, limits: ReadLimits): ReadonlySet<string> {
  const { text } = decodeText(bytes);
  const root = /<office:document(?=[\s>])[^>]*>/.exec(text.slice(0, 64 * 1024));
  if (!root) throw notSpreadsheet(bytes, 'no office:document');
  const mimetype = /office:mimetype="([^"]*)"/.exec(root[0])?.[1];
  if (mimetype !== undefined && !mimetype.startsWith(ODS_MIMETYPE)) {
    throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, `mimetype ${mimetype}`);
  }
  return checkOdsXml(text, limits);
}

/** XML Spreadsheet 2003: Excel's namespace on a Workbook root, and no DTD. */
function checkSpreadsheetMl(bytes: Uint8Array): void {
  const { text } = decodeText(bytes);
  if (!isSpreadsheetMl(text)) throw notSpreadsheet(bytes, 'no XML Spreadsheet 2003 workbook');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw PortError.file({ code: 'file_unsafe' }, 'DTD in XML Spreadsheet 2003');
}

/**
 * Whether text is an XML Spreadsheet 2003 document: a Workbook element in Excel's
 * spreadsheet namespace near the start.
 *
 * @example
 * isSpreadsheetMl('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">') //=> true
 */
export function isSpreadsheetMl(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /<(?:ss:)?Workbook\b/.test(head) && head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/** Refuses a DTD and cells claimed past the limit; gives the hidden sheets. */
function checkOdsXml(xml: string, limits: ReadLimits): ReadonlySet<string> {
  const scan = scanOdsContent(xml);
  if (scan.hasDoctype) throw PortError.file({ code: 'file_unsafe' }, 'DTD in OpenDocument content');
  if (scan.claimedCells > limits.cells) cellBudget(limits).takeMany(scan.claimedCells);
  return scan.hidden;
}

function notSpreadsheet(bytes: Uint8Array, detail: string): PortError {
  return PortError.file({ code: 'file_not_spreadsheet', looksLike: looksLikeOf(bytes) }, detail);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
