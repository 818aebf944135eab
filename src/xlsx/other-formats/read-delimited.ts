import type { CellValue, Grid, GridRow } from '../../core/sheet/grid';
import { PortError } from '../../core/ports/workbook-port';
import type { ReadLimits } from '../read-limits';
import type { WorkbookData } from '../../core/ports/workbook-data';
import { cellBudget } from './cell-budget';
import { decodeText } from './decode-text';
import { looksLikeText } from './looks-like-text';
import { parseDelimited } from './parse-delimited';
import { textCellValue } from './text-cell-value';

/**
 * The one sheet of a CSV or TSV file. A text file has no sheet name; Excel and WPS show the
 * file's, which the reader does not know, so the sheet is called Sheet1, as LibreOffice calls
 * a pasted table.
 */
export const TEXT_SHEET_NAME = 'Sheet1';

/**
 * A CSV or TSV file (its bytes) as a workbook of one sheet: the encoding and the delimiter are
 * found from the bytes (see `decodeText` and `parseDelimited`), each field becomes a cell as
 * `textCellValue` decides. Text that is no table (no delimiter splits it into columns) is
 * `file_not_spreadsheet`, looking like text; bytes that are no text at all say nothing more.
 *
 * @example
 * readDelimited(new TextEncoder().encode('月份,活动\n3月,植树\n'), READ_LIMITS).sheets[0].rows[1]
 * //=> { row: 1, cols: [0, 1], values: ['3月', '植树'] }
 */
export function readDelimited(bytes: Uint8Array, limits: ReadLimits): WorkbookData {
  const { text } = decodeText(bytes);
  if (!looksLikeText(text)) throw PortError.file({ code: 'file_not_spreadsheet', looksLike: null }, 'binary bytes');
  const budget = cellBudget(limits);
  const table = parseDelimited(text, { onField: budget.take });
  if (table.delimiter === null) throw PortError.file({ code: 'file_not_spreadsheet', looksLike: 'text' }, 'no delimiter');
  const rows: GridRow[] = [];
  table.records.forEach((record, r) => {
    const cols: number[] = [];
    const values: CellValue[] = [];
    record.forEach((field, c) => {
      const value = textCellValue(field);
      if (value === null) return;
      cols.push(c);
      values.push(value);
    });
    if (cols.length > 0) rows.push({ row: r, cols, values });
  });
  const sheet: Grid = { sheetName: TEXT_SHEET_NAME, rows, merges: [] };
  return { kind: 'csv', sheets: [sheet], settings: {}, sheetNames: [TEXT_SHEET_NAME], sheetTables: { [TEXT_SHEET_NAME]: [] } };
}
