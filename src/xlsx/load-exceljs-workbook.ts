import ExcelJS from 'exceljs';
import { PortError } from '../core/workbook-port';
import { defineLocaleFormats } from './define-locale-formats';
import { sniffFileKind } from './read/sniff-file-kind';

/**
 * Loads a workbook into exceljs for the writers that still rewrite it through exceljs (the plan
 * workbook, a new schedule sheet, the settings; issue 10 replaces them). Reading for core never
 * comes here: `readWorkbook` has its own reader. A file that is no .xlsx is refused in the same
 * words the reader uses; dates in the built-in formats of a Chinese Excel (2024年9月10日) are made
 * known to exceljs first, or the copy would lose their format.
 *
 * @example
 * const workbook = await loadExcelJsWorkbook(bytes);
 * workbook.worksheets.map((ws) => ws.name) //=> ['活动安排']
 */
export async function loadExcelJsWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const sniffed = sniffFileKind(data);
  if ('problem' in sniffed) throw PortError.file(sniffed.problem);
  if (sniffed.kind !== 'xlsx') {
    throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, `exceljs cannot rewrite ${sniffed.kind}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = await defineLocaleFormats(data);
    // exceljs's own Buffer type is Node's; JSZip underneath takes a Uint8Array in both worlds.
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw PortError.file({ code: 'file_damaged' }, error instanceof Error ? error.message : String(error));
  }
  return workbook;
}
