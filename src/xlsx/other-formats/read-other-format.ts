import type { FileProblem } from '../../core/ports/file-problem';
import { PortError } from '../../core/ports/workbook-port';
import type { ReadLimits } from '../read-limits';
import type { FileKind, WorkbookData } from '../../core/ports/workbook-data';
import { decodeText } from './decode-text';
import { readDelimited } from './read-delimited';
import { readHtmlTables } from './read-html-tables';
import { isSpreadsheetMl, readWithSheetJs } from './read-with-sheetjs';

/**
 * A workbook file that is not Office Open XML, read into PlanSheet's `WorkbookData`: an old
 * Excel or WPS workbook (.xls, .et), an .xlsb, an OpenDocument spreadsheet (.ods, .fods) through
 * SheetJS (see `readWithSheetJs`), a web page's tables saved as .xls (see `readHtmlTables`) or
 * Excel's XML Spreadsheet 2003 saved as .xls (SheetJS again, reported as kind 'html'),
 * or CSV/TSV text in UTF-8, UTF-16 or GB18030 (see `readDelimited`). The .xlsx reader imports
 * this module only when a file's bytes say it is one of these, so neither it nor SheetJS is
 * loaded for an .xlsx.
 *
 * Never throws anything but a `PortError` with its file problem: an empty file, one over
 * `limits.fileBytes` (checked before anything is parsed) or over `limits.cells` (counted while
 * cells are converted), a password-protected or damaged one, a web page without a table, bytes
 * that are not what `kind` says.
 *
 * @example
 * const data = await readOtherFormat(bytes, 'xls', READ_LIMITS);
 * data.sheets[0].sheetName //=> '活动安排'
 */
export async function readOtherFormat(bytes: Uint8Array, kind: Exclude<FileKind, 'xlsx'>, limits: ReadLimits): Promise<WorkbookData> {
  if (bytes.length === 0) throw PortError.file({ code: 'file_empty' });
  if (bytes.length > limits.fileBytes) throw PortError.file({ code: 'file_too_large', size: bytes.length, limit: limits.fileBytes });
  try {
    switch (kind) {
      case 'csv':
        return readDelimited(bytes, limits);
      case 'html':
        // "XML Spreadsheet 2003" comes as .xls from the same systems as web pages, and is text too:
        // one whose namespace lies beyond the sniffed start is still read as what it is.
        if (isSpreadsheetMl(decodeText(bytes.subarray(0, 64 * 1024)).text)) {
          return await readWithSheetJs(bytes, 'spreadsheetml', limits);
        }
        return readHtmlTables(bytes, limits);
      default:
        return await readWithSheetJs(bytes, kind, limits);
    }
  } catch (error) {
    if (error instanceof PortError && error.problem) throw error;
    throw PortError.file(problemOf(error, limits), error instanceof Error ? error.message : String(error));
  }
}

/** An error nobody turned into words: memory the file asked for that the engine refused, or damage. */
function problemOf(error: unknown, limits: ReadLimits): FileProblem {
  if (error instanceof RangeError && /allocation|array length|string length/i.test(error.message)) {
    return { code: 'file_too_large', size: null, limit: limits.fileBytes };
  }
  return { code: 'file_damaged' };
}
