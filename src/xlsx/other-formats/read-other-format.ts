import { PortError } from '../../core/workbook-port';
import type { ReadLimits } from '../read-limits';
import type { FileKind, WorkbookData } from '../workbook-data';

/**
 * Reads every kind of workbook that is not Office Open XML (.xls, .et, .xlsb, .ods, .fods,
 * HTML saved as .xls, .csv and .tsv). A placeholder until the SheetJS reader lands (issue 9,
 * part 2): it refuses each of them as not a spreadsheet.
 */
export async function readOtherFormat(bytes: Uint8Array, kind: Exclude<FileKind, 'xlsx'>, limits: ReadLimits): Promise<WorkbookData> {
  void bytes;
  void limits;
  throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, `no reader for ${kind} yet`);
}
