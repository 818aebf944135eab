/**
 * The workbook behind the fake Excel: sheets, cells, tables, merged areas,
 * formats, conditional formats, data validation, selection, event handlers,
 * and a log of every `context.sync()` with the size of what it sent and got.
 * Proxies (fake-proxies.ts) read and change it only while a sync runs.
 */
import { FakeErrorCode, FakeOfficeError } from './fake-errors';
import { MAX_COLS, type Rect, formatAddress, formatRect, intersect } from './fake-address';
import type { CellModel } from './fake-entry';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface RecordedFormat {
  readonly rect: Rect;
  readonly props: Readonly<Record<string, unknown>>;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly rect: Rect;
  readonly type: string;
  /** The parts set through the API, e.g. { "custom.rule.formula": "=$F2=\"缺少活动\"", "custom.format.fill.color": "#FFC7CE" }. */
  readonly settings: Record<string, unknown>;
}

export interface DataValidationModel {
  readonly rect: Rect;
  readonly rule: unknown;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  deleted: boolean;
  readonly cells: Map<number, CellModel>;
  readonly merges: Rect[];
  /** Column index → width in points. */
  readonly columnWidths: Map<number, number>;
  readonly autofitted: Rect[];
  frozenRows: number;
  readonly formats: RecordedFormat[];
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly dataValidations: DataValidationModel[];
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  rect: Rect;
  readonly hasHeaders: boolean;
  style: string;
}

export interface SyncRecord {
  /** Estimated JSON size (UTF-8 bytes) of what the batch sent to Excel. */
  readonly requestBytes: number;
  /** Estimated JSON size (UTF-8 bytes) of what Excel sent back. */
  readonly responseBytes: number;
  /** The error code the sync was refused with, if it was. */
  readonly error?: string;
}

export interface ChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  readonly triggerSource?: 'Unknown' | 'ThisLocalAddin';
}

export interface SelectionChangedEvent {
  readonly type: 'WorksheetSelectionChanged';
  readonly worksheetId: string;
  readonly address: string;
}

export interface HandlerRegistration {
  readonly id: number;
  readonly sheetId: string;
  /** worksheet.onChanged or worksheet.onSelectionChanged (both ExcelApi 1.7). */
  readonly kind: 'changed' | 'selectionChanged';
  readonly handler: (args: ChangedEvent | SelectionChangedEvent) => Promise<unknown>;
}

/**
 * "A range is limited to 5,000,000 cells for read operations. When a read exceeds this limit, the
 * API will either return null or throw an error."
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const CELL_READ_LIMIT = 5_000_000;

/**
 * "Note that if the merged areas count in this range is more than 512, then this method will fail
 * to return the result." https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
export const MERGED_AREAS_LIMIT = 512;

/**
 * "Total number of characters that a cell can contain: 32,767 characters."
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const CELL_TEXT_LIMIT = 32_767;

export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLS);
export const keyCol = (key: number): number => key % MAX_COLS;

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

export class FakeWorkbookState {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly handlers: HandlerRegistration[] = [];
  /** Errors thrown by event handlers (Excel would only log them; tests can look). */
  readonly handlerErrors: unknown[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Highest ExcelApi version the host supports, e.g. "1.17". */
  apiVersion: string;
  /** The user is typing in a cell: batches fail, or wait where Excel.run was given delayForCellEdit. */
  cellEditMode = false;
  /**
   * Whether the host honours RunOptions.delayForCellEdit. The reference names no requirement set
   * for it (https://learn.microsoft.com/javascript/api/excel/excel.runoptions); a host that does not
   * know it ignores it like any unknown field, and the batch fails as without it.
   */
  delayForCellEdit: 'honoured' | 'ignored' = 'honoured';
  /**
   * What a read of more than CELL_READ_LIMIT cells gives: `values` (and the other cell arrays)
   * come back null on current builds (office-js #4783, #6781), or the sync fails with
   * RangeExceedsLimit, the error the docs list for this limit
   * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  overCellLimit: 'null' | 'throw' = 'null';
  /**
   * Whether picking a value from a data-validation drop-down fires worksheet.onChanged. It does
   * not in Excel on the web (office-js #3888, #4066, "Type: product bug"), nor did it in Excel on
   * Windows in 2019 (office-js #420).
   */
  dropDownPickFiresOnChanged: boolean;
  /**
   * Workbook structure protection: "prevent users from adding, deleting, moving, or renaming
   * worksheets" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure).
   */
  structureProtected = false;
  /** Workbook-scoped defined names (workbook.names, ExcelApi 1.1). */
  readonly names: string[] = [];
  /**
   * What a method called on a null object gives (e.g. getUsedRangeOrNullObject on a
   * sheet from getItemOrNullObject that does not exist): the docs do not say, so the
   * fake can answer another null object ('propagate') or fail with InvalidObjectPath.
   */
  nullObjectCalls: 'propagate' | 'fail' = 'propagate';
  payloadLimit: number;
  private nextId = 1;
  private changed = new Map<string, Rect[]>();
  private editEnded: (() => void)[] = [];

  constructor(options: { apiVersion: string; payloadLimit: number; dropDownPickFiresOnChanged: boolean }) {
    this.apiVersion = options.apiVersion;
    this.payloadLimit = options.payloadLimit;
    this.dropDownPickFiresOnChanged = options.dropDownPickFiresOnChanged;
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (on) return;
    const waiting = this.editEnded;
    this.editEnded = [];
    for (const resume of waiting) resume();
  }

  /** Resolves when the user leaves cell-edit mode. */
  cellEditEnded(): Promise<void> {
    return new Promise((resolve) => this.editEnded.push(resolve));
  }

  /** Structure protection refuses adding, deleting, moving, renaming, hiding and unhiding sheets. */
  checkStructure(what: string): void {
    // The error Excel gives is not documented; AccessDenied is what its other protections answer.
    if (this.structureProtected) throw new FakeOfficeError(FakeErrorCode.accessDenied, `The workbook structure is protected (${what}).`);
  }

  id(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(key: string): SheetModel | null {
    const lower = key.toLowerCase();
    return this.liveSheets().find((s) => s.name.toLowerCase() === lower || s.id === key) ?? null;
  }

  sheet(key: string): SheetModel {
    const found = this.findSheet(key);
    if (!found) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `Worksheet "${key}".`);
    return found;
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad worksheet name "${name}".`);
    }
    const other = this.findSheet(name);
    if (other && other !== except) throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `Worksheet "${name}".`);
  }

  addSheet(name: string, byApi = false): SheetModel {
    if (byApi) this.checkStructure('add a sheet');
    this.checkSheetName(name);
    const sheet: SheetModel = {
      id: this.id('sheet'),
      name,
      visibility: 'Visible',
      protected: false,
      deleted: false,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      autofitted: [],
      frozenRows: 0,
      formats: [],
      conditionalFormats: [],
      dataValidations: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    this.checkStructure('delete a sheet');
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1) {
      throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    for (let i = this.handlers.length - 1; i >= 0; i--) if (this.handlers[i].sheetId === sheet.id) this.handlers.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.liveSheets().find((s) => s.visibility === 'Visible')?.id ?? null;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  /** Moves a sheet to a zero-based position among the sheets (deleted ones are not counted). */
  moveSheet(sheet: SheetModel, position: number): void {
    this.checkStructure('move a sheet');
    const live = this.liveSheets();
    if (!Number.isInteger(position) || position < 0 || position >= live.length) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Position ${position} of ${live.length} sheets.`);
    }
    const order = live.filter((s) => s !== sheet);
    order.splice(position, 0, sheet);
    const deleted = this.sheets.filter((s) => s.deleted);
    this.sheets.splice(0, this.sheets.length, ...order, ...deleted);
  }

  setVisibility(sheet: SheetModel, visibility: Visibility): void {
    this.checkStructure('hide or unhide a sheet');
    if (visibility !== 'Visible') {
      const others = this.liveSheets().filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0) throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'At least one sheet must stay visible.');
      if (this.activeSheetId === sheet.id) this.activeSheetId = others[0].id;
    }
    sheet.visibility = visibility;
  }

  checkWritable(sheet: SheetModel): void {
    if (sheet.deleted) throw new FakeOfficeError(FakeErrorCode.itemNotFound, 'The worksheet was deleted.');
    if (sheet.protected) throw new FakeOfficeError(FakeErrorCode.accessDenied, `Worksheet "${sheet.name}" is protected.`);
  }

  /**
   * The used range as getUsedRange(valuesOnly) gives it: "the smallest range that encompasses any
   * cells that have a value or formatting assigned to them"; with valuesOnly (ExcelApi 1.2) "only
   * cells with values" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   * Formatting is a cell's number format or quote prefix, a fill, font or border set on a range, and a
   * data-validation rule: each counts over the whole range it was set on (a column's fill or
   * drop-down, set on "C:C", reaches row 1,048,576; what Excel keeps for a whole column is not
   * documented, and this is the worst case).
   */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    const rects: Rect[] = [];
    const cells = this.cellRect(sheet, valuesOnly);
    if (cells) rects.push(cells);
    if (!valuesOnly) for (const r of [...sheet.formats.map((f) => f.rect), ...sheet.dataValidations.map((v) => v.rect)]) rects.push(r);
    if (rects.length === 0) return null;
    const top = Math.min(...rects.map((r) => r.row));
    const left = Math.min(...rects.map((r) => r.col));
    const bottom = Math.max(...rects.map((r) => r.row + r.rows));
    const right = Math.max(...rects.map((r) => r.col + r.cols));
    return { row: top, col: left, rows: bottom - top, cols: right - left };
  }

  /** The bounding rectangle of cells with a value (or, unless valuesOnly, with a number format or quote prefix). */
  cellRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      const counts =
        cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.quotePrefix));
      if (!counts) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  cell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  putCell(sheet: SheetModel, row: number, col: number, cell: CellModel | undefined): void {
    const key = cellKey(row, col);
    if (cell === undefined || Object.keys(cell).length === 0) sheet.cells.delete(key);
    else sheet.cells.set(key, cell);
  }

  checkTableName(name: string, except?: TableModel): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || name.length > 255) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad table name "${name}".`);
    }
    const lower = name.toLowerCase();
    if (this.tables.some((t) => t !== except && t.name.toLowerCase() === lower)) {
      throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `Table "${name}".`);
    }
    // A table's name is a defined name: "All names within a workbook shall be unique" (ECMA-376
    // Part 1, §18.17.2.4 Names; Excel's "Rename an Excel table": https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114).
    if (this.names.some((n) => n.toLowerCase() === lower)) {
      throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `"${name}" is already a defined name.`);
    }
  }

  checkTableStyle(style: string): void {
    if (!TABLE_STYLE.test(style)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown table style "${style}".`);
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    this.checkWritable(sheet);
    if (!hasHeaders) throw new FakeOfficeError(FakeErrorCode.notImplemented, 'The fake only makes tables whose first row is the header.');
    for (const t of this.tables) {
      if (t.sheet === sheet && intersect(t.rect, rect)) {
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The range overlaps table "${t.name}".`);
      }
    }
    for (const m of sheet.merges) {
      if (intersect(m, rect)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A table cannot contain merged cells.');
    }
    // Excel gives a header-only range one empty data row, and makes header cells unique text.
    const full = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
    const seen = new Set<string>();
    for (let c = 0; c < full.cols; c++) {
      const cell = this.cell(sheet, full.row, full.col + c);
      let header = cell?.value === undefined || cell.value === '' ? `Column${c + 1}` : String(cell.value);
      const base = header;
      for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
      seen.add(header.toLowerCase());
      this.putCell(sheet, full.row, full.col + c, { ...cell, value: header, formula: undefined, error: undefined });
    }
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: TableModel = { id: this.id('table'), name: `Table${n}`, sheet, rect: full, hasHeaders, style: 'TableStyleMedium2' };
    this.tables.push(table);
    this.markChanged(sheet, full);
    return table;
  }

  markChanged(sheet: SheetModel, rect: Rect): void {
    const list = this.changed.get(sheet.id) ?? [];
    list.push(rect);
    this.changed.set(sheet.id, list);
  }

  /** Delivers onChanged events for the changes made since the last call, asynchronously like Excel. */
  flushChanges(triggerSource: 'Unknown' | 'ThisLocalAddin'): void {
    const changed = this.changed;
    this.changed = new Map();
    for (const [sheetId, rects] of changed) {
      const sheet = this.sheets.find((s) => s.id === sheetId);
      if (!sheet || sheet.deleted) continue;
      for (const rect of rects) this.dispatch(sheet, rect, triggerSource);
    }
  }

  dispatch(sheet: SheetModel, rect: Rect, triggerSource: 'Unknown' | 'ThisLocalAddin'): void {
    const event: ChangedEvent = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address: formatAddress(sheet.name, rect).split('!')[1],
      changeType: 'RangeEdited',
      source: 'Local',
      // triggerSource arrived with ExcelApi 1.14; older hosts do not send it.
      ...(this.supports('1.14') ? { triggerSource } : {}),
    };
    setTimeout(() => {
      for (const h of this.handlers.filter((x) => x.sheetId === sheet.id && x.kind === 'changed')) {
        h.handler(event).catch((error: unknown) => this.handlerErrors.push(error));
      }
    }, 0);
  }

  /** Moves the selection (and the active cell, its top-left) and fires onSelectionChanged, asynchronously like Excel. */
  select(sheet: SheetModel, rect: Rect): void {
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect };
    const event: SelectionChangedEvent = { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address: formatRect(rect) };
    setTimeout(() => {
      for (const h of this.handlers.filter((x) => x.sheetId === sheet.id && x.kind === 'selectionChanged')) {
        h.handler(event).catch((error: unknown) => this.handlerErrors.push(error));
      }
    }, 0);
  }

  /** The active cell: the top-left cell of the selection, or A1 of the active sheet. */
  activeCell(): { sheet: SheetModel; rect: Rect } | null {
    const sheet = this.activeSheetId ? this.findSheet(this.activeSheetId) : null;
    if (!sheet) return null;
    const sel = this.selection?.sheetId === sheet.id ? this.selection.rect : null;
    return { sheet, rect: { row: sel?.row ?? 0, col: sel?.col ?? 0, rows: 1, cols: 1 } };
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
