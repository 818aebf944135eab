import type ExcelJS from 'exceljs';
import { settingsToRows, SETTINGS_SHEET } from '../core/plan-settings';
import { PortError, type PlanSettings } from '../core/workbook-port';
import { loadExcelJsWorkbook } from './load-exceljs-workbook';

/**
 * A copy of the workbook with the settings in its very hidden `_plansheet`
 * sheet, everything else as exceljs carries it (see `writePlanWorkbook` for
 * what it drops). For the browser's file mode, where settings typed in the
 * pane go with the workbook the user downloads.
 *
 * @example
 * const bytes = await writeSettings(original, { unit: '××学校工会' });
 * (await readWorkbook(bytes)).settings //=> { unit: '××学校工会' }
 */
export async function writeSettings(original: Uint8Array | ArrayBuffer, settings: PlanSettings): Promise<Uint8Array> {
  const workbook = await loadExcelJsWorkbook(original);
  putSettingsSheet(workbook, settings);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The `detail` of the PortError for a `_plansheet` sheet that is not ours, for callers to put into words. */
export const FOREIGN_SETTINGS_SHEET = `the workbook has a sheet named ${SETTINGS_SHEET} that PlanSheet did not write`;

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_TEXT = 32767;

/**
 * Puts the settings into the very hidden `_plansheet` sheet, in place of ours.
 * A sheet of that name without our marker in A1 is a user's: it is not
 * overwritten, and the build stops with a reason rather than losing it.
 */
export function putSettingsSheet(workbook: ExcelJS.Workbook, settings: PlanSettings): void {
  const rows = settingsToRows(settings);
  if (rows.some(([, value]) => value.length > MAX_CELL_TEXT)) {
    throw new PortError('payload_too_large', `a setting is longer than the ${MAX_CELL_TEXT} characters an Excel cell holds`);
  }
  const existing = workbook.getWorksheet(SETTINGS_SHEET);
  if (existing) {
    const marker = existing.getCell('A1').value;
    if (marker !== null && marker !== rows[0][0]) {
      throw new PortError('unknown', FOREIGN_SETTINGS_SHEET);
    }
  }
  const orderNo = existing ? removeSheet(workbook, existing) : undefined;
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  if (orderNo !== undefined) setOrderNo(ws, orderNo);
  rows.forEach(([key, value], r) => {
    ws.getCell(r + 1, 1).value = key;
    ws.getCell(r + 1, 2).value = value;
  });
}

/**
 * Removes a sheet and gives its tab position, so that what replaces it goes
 * back in the same place: a rebuild must not shuffle the user's tabs. exceljs
 * orders sheets by this internal number when it writes.
 */
export function removeSheet(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): number {
  const orderNo = (ws as unknown as { orderNo: number }).orderNo;
  workbook.removeWorksheet(ws.id);
  return orderNo;
}

export function setOrderNo(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}
