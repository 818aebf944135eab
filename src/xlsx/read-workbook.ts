import { PortError } from '../core/ports/workbook-port';
import { READ_LIMITS, type ReadLimits } from './read-limits';
import { readXlsx } from './read/read-xlsx';
import { sniffFileKind } from './read/sniff-file-kind';
import type { WorkbookData } from '../core/ports/workbook-data';

export type { WorkbookData } from '../core/ports/workbook-data';

/**
 * Reads a workbook file (its bytes) into core's grids, in Node and in the browser. What the
 * file is comes from its bytes, not its name: an Office Open XML workbook is read by our own
 * reader (`readXlsx`), every other kind of spreadsheet by the other-formats reader, loaded
 * only for such a file (a chunk of its own in the page, so the .xlsx path never loads SheetJS).
 * Each grid holds only the cells with a value; dates are Excel serials with their number format
 * beside them, rich text its text, formulas their saved result or `{ formula }` when none was
 * saved, error values `{ error: '#N/A' }`; the cells of a merged area other than its top-left
 * are empty, as Excel reports them.
 *
 * A file that cannot be used rejects with `PortError.file(problem)`: empty, too large (the file,
 * or what it unpacks to), damaged, encrypted, unsafe (a DTD), or not a spreadsheet.
 *
 * @example
 * const data = await readWorkbook(bytes);
 * data.sheets[0].rows[1] //=> { row: 1, cols: [0, 1, 2, …], values: ['序号', '月份', '活动内容', …] }
 */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer, limits: ReadLimits = READ_LIMITS): Promise<WorkbookData> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.length > limits.fileBytes) throw PortError.file({ code: 'file_too_large', size: data.length, limit: limits.fileBytes });
  const sniffed = sniffFileKind(data);
  if ('problem' in sniffed) throw PortError.file(sniffed.problem);
  if (sniffed.kind === 'xlsx') return readXlsx(data, limits);
  const { readOtherFormat } = await import(/* webpackChunkName: "other-formats" */ './other-formats/read-other-format');
  return readOtherFormat(data, sniffed.kind, limits);
}
