import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { isDateFormat } from '../../core/sheet/is-date-format';
import { settingsFromRows, SETTINGS_SHEET } from '../../core/settings/plan-settings';
import type { CellValue, Grid, GridRow, MergedArea } from '../../core/sheet/grid';
import type { PlanSettings } from '../../core/settings/plan-settings';
import type { FileKind, WorkbookData } from '../../core/ports/workbook-data';
import type { CellBudget } from './cell-budget';

/** Days from 1900-01-00 (Excel's 1900 system) to 1904-01-01 (its 1904 system, Mac Excel's old default). */
const DAYS_1904 = 1462;

/** Excel's error codes (BIFF's and SheetJS's `v` of an error cell) and the text a cell shows. */
const ERRORS: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

export interface FromSheetJsOptions {
  /** Sheets hidden by means SheetJS does not report (OpenDocument table styles). */
  readonly hidden?: ReadonlySet<string>;
}

/**
 * A workbook SheetJS has parsed (dense mode, `cellDates: false`, `cellNF: true`) as PlanSheet's
 * `WorkbookData`. Every cell is visited where it is, never through the rectangle `!ref` claims
 * (which can be A1:XFD1048576 for one stray value). Dates stay serials beside their format,
 * moved from the 1904 date system into the 1900 one when the workbook uses 1904; error cells
 * become `{ error: '#N/A' }`. Hidden and very hidden sheets are left out of `sheets`, the
 * `_plansheet` sheet gives the settings, and `sheetTables` is empty: none of these formats
 * reaches PlanSheet with tables it could name.
 *
 * @example
 * workbookFromSheetJs(XLSX.read(xlsBytes, SHEETJS_OPTIONS), 'xls', cellBudget(READ_LIMITS)).sheetNames
 * //=> ['活动安排', '说明']
 */
export function workbookFromSheetJs(book: WorkBook, kind: FileKind, budget: CellBudget, options: FromSheetJsOptions = {}): WorkbookData {
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const states = book.Workbook?.Sheets ?? [];
  const sheets: Grid[] = [];
  const sheetTables: Record<string, readonly string[]> = {};
  let settings: PlanSettings = {};
  book.SheetNames.forEach((name, i) => {
    sheetTables[name] = [];
    const sheet = book.Sheets[name] as (WorkSheet & { '!type'?: string }) | undefined;
    if (!sheet || (sheet['!type'] !== undefined && sheet['!type'] !== 'sheet')) return;
    const grid = sheetGrid(sheet, name, date1904, budget);
    if (name === SETTINGS_SHEET) settings = settingsFromRows(gridRows(grid));
    else if (!states[i]?.Hidden && !options.hidden?.has(name)) sheets.push(grid);
  });
  return { kind, sheets, settings, sheetNames: [...book.SheetNames], sheetTables };
}

/** One sheet's cells, row by row, only where they are. */
function sheetGrid(sheet: WorkSheet, name: string, date1904: boolean, budget: CellBudget): Grid {
  const data = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
  const rows: GridRow[] = [];
  // Object.keys lists only the indexes that hold something, in ascending order, however far apart.
  for (const rowKey of Object.keys(data)) {
    const source = data[Number(rowKey)];
    if (!source) continue;
    const cols: number[] = [];
    const values: CellValue[] = [];
    const formats: (string | undefined)[] = [];
    let anyFormat = false;
    for (const colKey of Object.keys(source)) {
      const cell = source[Number(colKey)];
      if (!cell) continue;
      const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
      const value = cellValue(cell, format, date1904);
      if (value === null) continue;
      budget.take();
      cols.push(Number(colKey));
      values.push(value);
      formats.push(format);
      if (format) anyFormat = true;
    }
    if (cols.length > 0) rows.push(anyFormat ? { row: Number(rowKey), cols, values, formats } : { row: Number(rowKey), cols, values });
  }
  return { sheetName: name, rows, merges: sheetMerges(sheet) };
}

function cellValue(cell: CellObject, format: string | undefined, date1904: boolean): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' && v !== '' ? v : null;
    case 'n':
      if (typeof v !== 'number') return null;
      if (!Number.isFinite(v)) return { error: '#NUM!' };
      return date1904 && isDateFormat(format) ? v + DAYS_1904 : v;
    case 'b':
      return v === true || v === 1;
    case 'e':
      return { error: (typeof v === 'number' ? ERRORS.get(v) : undefined) ?? (typeof cell.w === 'string' ? cell.w : '#VALUE!') };
    case 'd':
      return v instanceof Date && !Number.isNaN(v.getTime()) ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : null;
    default:
      return null;
  }
}

function sheetMerges(sheet: WorkSheet): MergedArea[] {
  const merges: MergedArea[] = [];
  for (const m of sheet['!merges'] ?? []) {
    const area = { top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c };
    if (Object.values(area).every((n) => Number.isInteger(n) && n >= 0) && area.bottom >= area.top && area.right >= area.left) {
      merges.push(area);
    }
  }
  return merges;
}

/** Settings are a few dozen rows: a stray cell further down is no setting. */
const SETTINGS_ROWS = 1000;

/** The settings sheet's cells as rows from A1, as `settingsFromRows` reads them. */
function gridRows(grid: Grid): unknown[][] {
  const rows: unknown[][] = [];
  for (const row of grid.rows) {
    if (row.row >= SETTINGS_ROWS) break;
    const cells: unknown[] = [];
    row.cols.forEach((col, i) => (cells[col] = row.values[i]));
    rows[row.row] = cells;
  }
  return Array.from(rows, (r) => r ?? []);
}
