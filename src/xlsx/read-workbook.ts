import ExcelJS from 'exceljs';
import { settingsFromRows, SETTINGS_SHEET } from '../core/plan-settings';
import type { CellValue, Grid, GridRow, MergedArea } from '../core/types';
import { PortError, type PlanSettings } from '../core/workbook-port';
import { defineLocaleFormats } from './define-locale-formats';
import { listZipEntries } from './list-zip-entries';
import type { WorkbookData } from './workbook-data';

export type { WorkbookData } from './workbook-data';

/**
 * Reads an .xlsx file (its bytes) into core's grids. Works in Node and in the
 * browser. Each grid is the sheet's used range: the smallest rectangle around
 * every cell with a value. Dates become Excel serial numbers (their number
 * format stays beside them), rich text and hyperlinks become their text,
 * formulas their cached result, error values `{ error: '#N/A' }`; the non-top-left
 * cells of a merged area are empty, as Excel reports them.
 *
 * Rejects with `PortError('not_a_workbook')` when the bytes are not an .xlsx workbook.
 *
 * @example
 * const data = await readWorkbook(bytes);
 * data.sheets[0].values[1] //=> ['序号', '月份', '活动内容', …]
 */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookData> {
  const workbook = await loadWorkbook(bytes);
  return workbookData(workbook);
}

/**
 * Loads the bytes with exceljs, or says in one code why they are not a workbook.
 * Checking the zip directory first turns a .xls, a .docx or a text file into
 * `not_a_workbook` instead of whatever exceljs happens to throw (or silently
 * returning an empty workbook, as it does for a zip without `xl/workbook.xml`).
 * Dates in the built-in formats of a Chinese Excel (2024年9月10日) are made
 * known to exceljs first, or it would read them as bare numbers.
 */
export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const entries = listZipEntries(data);
  if (entries === null) throw new PortError('not_a_workbook', 'not a zip file');
  if (!entries.includes('xl/workbook.xml')) throw new PortError('not_a_workbook', 'no xl/workbook.xml in the zip');
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = await defineLocaleFormats(data);
    // exceljs's own Buffer type is Node's; JSZip underneath takes a Uint8Array in both worlds.
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new PortError('not_a_workbook', error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

/** The grids, settings and inventory of a workbook exceljs has loaded. */
export function workbookData(workbook: ExcelJS.Workbook): WorkbookData {
  const sheets: Grid[] = [];
  const sheetNames: string[] = [];
  const sheetTables: Record<string, readonly string[]> = {};
  let settings: PlanSettings = {};
  for (const ws of workbook.worksheets) {
    sheetNames.push(ws.name);
    sheetTables[ws.name] = Object.keys((ws as unknown as SheetInternals).tables ?? {});
    if (ws.name === SETTINGS_SHEET) settings = settingsFromRows(sheetRows(ws));
    else if (ws.state === 'visible' || ws.state === undefined) sheets.push(sheetGrid(ws));
  }
  return { kind: 'xlsx', sheets, settings, sheetNames, sheetTables };
}

// exceljs's value types (lib/doc/enums.js ValueType); its typings declare them as an enum
// that a type-only import cannot use, so the numbers are spelled out here.
const NULL = 0;
const MERGE = 1;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;
const HYPERLINK = 5;
const FORMULA = 6;
const SHARED_STRING = 7;
const RICH_TEXT = 8;
const BOOLEAN = 9;
const ERROR = 10;

/**
 * The parts of exceljs's loaded model read directly. Going through `row.getCell`
 * or `cell.value` would allocate a copy per formula or hyperlink cell and create
 * missing cells; walking the sparse arrays keeps a 50,000-row read close to the
 * cost of exceljs's own parse.
 */
interface CellInternals {
  readonly type: number;
  readonly style?: { readonly numFmt?: string };
  readonly _value: { readonly model: { readonly value?: unknown; readonly result?: unknown; readonly text?: unknown } };
}
interface RowInternals {
  readonly _cells: readonly (CellInternals | undefined)[];
}
interface SheetInternals {
  readonly _rows: readonly (RowInternals | undefined)[];
  readonly _merges: Readonly<Record<string, { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }>>;
  readonly tables?: Readonly<Record<string, unknown>>;
}

const GENERAL = 'General';

/** One worksheet's cells as a grid: its rows with a value, each with only its own cells. */
export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const internals = ws as unknown as SheetInternals;
  const source = internals._rows;
  const rows: GridRow[] = [];
  for (let r = 0; r < source.length; r++) {
    const row = source[r];
    if (row === undefined) continue;
    const cells = row._cells;
    const cols: number[] = [];
    const values: CellValue[] = [];
    const formats: (string | undefined)[] = [];
    let anyFormat = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined || isBlank(cell)) continue;
      const value = cellValue(cell);
      if (value === null || value === '') continue;
      cols.push(c);
      values.push(value);
      const numFmt = cell.style?.numFmt;
      const format = numFmt && numFmt !== GENERAL ? numFmt : undefined;
      if (format) anyFormat = true;
      formats.push(format);
    }
    if (cols.length > 0) rows.push(anyFormat ? { row: r, cols, values, formats } : { row: r, cols, values });
  }
  return { sheetName: ws.name, rows, merges: sheetMerges(internals) };
}

function sheetMerges(ws: SheetInternals): MergedArea[] {
  return Object.values(ws._merges ?? {}).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}

function isBlank(cell: CellInternals): boolean {
  const type = cell.type;
  if (type === NULL || type === MERGE) return true;
  if (type === FORMULA) {
    const result = cell._value.model.result;
    return result === undefined || result === null;
  }
  return false;
}

/**
 * A cell's value as core sees it. A formula without a cached result (a file
 * written by a program that never calculated it) reads as empty: its formula
 * text is not what the user sees in Excel either.
 */
function cellValue(cell: CellInternals): CellValue {
  const model = cell._value.model;
  switch (cell.type) {
    case NUMBER:
    case BOOLEAN:
      return model.value as number | boolean;
    case STRING:
    case SHARED_STRING:
      return String(model.value);
    case DATE:
      return dateValue(model.value as Date);
    case RICH_TEXT:
      return richTextOf(model.value);
    case HYPERLINK:
      return textOf(model.text);
    case ERROR:
      return errorOf(model.value);
    case FORMULA:
      return resultValue(model.result);
    default:
      return null;
  }
}

function resultValue(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'number' || typeof result === 'boolean' || typeof result === 'string') return result;
  if (result instanceof Date) return dateValue(result);
  if (typeof result === 'object' && 'error' in result) return errorOf(result);
  return textOf(result);
}

function errorOf(value: unknown): CellValue {
  const error = (value as { error?: unknown } | null)?.error;
  return { error: typeof error === 'string' ? error : '#VALUE!' };
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value) return richTextOf(value);
  return value === undefined || value === null ? '' : String(value);
}

function richTextOf(value: unknown): string {
  const runs = (value as { richText?: readonly { text?: unknown }[] } | null)?.richText ?? [];
  let text = '';
  for (const run of runs) if (typeof run.text === 'string') text += run.text;
  return text;
}

const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01 in Excel's 1900 date system, as exceljs counts it. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns a date-formatted number into a `Date` by
 * `(serial - 25569) days` after the Unix epoch (and shifts 1904-system files
 * to match), so undoing exactly that gives back the serial the file holds, time
 * of day included. Going through the calendar (`dateToSerial(y, m, d)`) would
 * move serials below 61 by a day: exceljs ignores Excel's phantom 1900-02-29,
 * and a month cell holding 3 formatted as `m"月"` must stay 3.
 */
function dateValue(date: Date): CellValue {
  const time = date.getTime();
  return Number.isNaN(time) ? null : time / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The settings sheet's cells as rows of strings (or whatever the cells hold), from A1. */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const row of sheetGrid(ws).rows) {
    const cells: unknown[] = [];
    row.cols.forEach((col, i) => (cells[col] = row.values[i]));
    rows[row.row] = cells;
  }
  return Array.from(rows, (r) => r ?? []);
}
