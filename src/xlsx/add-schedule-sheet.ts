import type ExcelJS from 'exceljs';
import { columnLetters } from '../core/to-a1';
import { PortError, type ScheduleTemplate } from '../core/workbook-port';
import { loadExcelJsWorkbook } from './load-exceljs-workbook';

/** Rows below the header that get the drop-down lists. */
const LIST_ROWS = 500;
/** Excel's limit for a list typed into the validation itself ("a,b,c"). */
const MAX_INLINE_LIST = 255;
const LISTS_SHEET = '_plansheet_lists';

/**
 * A copy of the workbook with a new, empty schedule sheet: the title merged
 * across the top, the header row under it (frozen), and drop-down lists on
 * the columns the template names. A list too long to write inline (or with
 * commas in its values) goes into a very hidden `_plansheet_lists` sheet.
 *
 * @example
 * const bytes = await addScheduleSheet(original, scheduleTemplate('zh', 2024, sheetNames));
 * (await readWorkbook(bytes)).sheets.at(-1)?.values[1] //=> ['月份', '工作内容', '工作类别', '负责人', '完成情况', '备注']
 */
export async function addScheduleSheet(original: Uint8Array | ArrayBuffer, template: ScheduleTemplate): Promise<Uint8Array> {
  const workbook = await loadExcelJsWorkbook(original);
  if (workbook.getWorksheet(template.name)) throw new PortError('unknown', `a sheet named ${template.name} exists already`);
  const ws = workbook.addWorksheet(template.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
  });
  const width = template.headers.length;
  ws.getCell(1, 1).value = template.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  if (width > 1) ws.mergeCells(1, 1, 1, width);
  template.headers.forEach((header, c) => {
    const cell = ws.getCell(2, c + 1);
    cell.value = header;
    cell.font = { bold: true };
    // Drop-down columns hold short words (三月, 文体活动); the others free text.
    ws.getColumn(c + 1).width = template.lists.some((l) => l.column === c) ? 14 : 28;
  });

  let listColumn = 0;
  for (const list of template.lists) {
    const inline = `"${list.values.join(',')}"`;
    const fitsInline = inline.length - 2 <= MAX_INLINE_LIST && !list.values.some((v) => /[,"]/.test(v));
    const formula = fitsInline ? inline : listRange(workbook, list.values, listColumn++);
    const col = columnLetters(list.column);
    (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${col}3:${col}${LIST_ROWS + 2}`,
      // No error alert (Excel's default without showErrorMessage): a secretary may still
      // type 3-4月 or 上半年, which the check reads.
      { type: 'list', allowBlank: true, formulae: [formula] },
    );
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes a list into the hidden lists sheet and gives the absolute range holding it. */
function listRange(workbook: ExcelJS.Workbook, values: readonly string[], column: number): string {
  const sheet = workbook.getWorksheet(LISTS_SHEET) ?? workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  values.forEach((value, r) => {
    sheet.getCell(r + 1, column + 1).value = value;
  });
  const col = columnLetters(column);
  return `'${LISTS_SHEET}'!$${col}$1:$${col}$${Math.max(1, values.length)}`;
}
