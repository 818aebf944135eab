/**
 * A strict in-memory stand-in for the part of Excel's JavaScript API that
 * src/excel uses, for unit tests (installed as the globals `Excel`, `Office`
 * and `OfficeExtension`) and for the task pane's browser tests (bundled into
 * the page). It uses no Node or jest API.
 *
 * Like real Excel it: throws PropertyNotLoaded when a property is read before
 * `load()` + `context.sync()`; counts syncs and estimates each request and
 * response as JSON, refusing either over the payload limit (5 MB, as Excel on
 * the web); turns strings written through `values` into formulas, numbers,
 * booleans or dates as typing would (a leading apostrophe or a Text "@" cell
 * keeps text); refuses duplicate sheet and table names, overlapping tables and
 * tables over merged cells; knows merged areas (ExcelApi 1.13) and number
 * formats; answers ApiNotFound for members newer than the host's ExcelApi
 * version; refuses every sync in cell-edit mode (a batch run with
 * delayForCellEdit waits instead) and writes to protected sheets; counts
 * formatting-only cells in the used range unless asked for values only; answers
 * null (or RangeExceedsLimit) for reads over 5,000,000 cells; fails
 * getMergedAreasOrNullObject over 512 merged areas; refuses text over 32,767
 * characters, sheet changes under workbook structure protection, table names
 * taken by defined names and unquoted sheet names in a list source; and, like
 * Excel on the web, fires no onChanged for a pick from a drop-down list.
 * Each of these carries its documentation link where it is modelled.
 */
import { FakeErrorCode, FakeOfficeError } from './fake-errors';
import { type Rect, contains, formatAddress, formatRect, parseRef, splitSheet } from './fake-address';
import { type CellModel, type Scalar, enterValue, readFormula, readNumberFormat, readValue } from './fake-entry';
import {
  FakeWorkbookState,
  type SheetModel,
  type SyncRecord,
  type Visibility,
  cellKey,
  compareVersions,
  keyCol,
  keyRow,
} from './fake-state';
import { FakeRequestContext } from './fake-proxies';

export { FakeErrorCode, FakeOfficeError } from './fake-errors';
export type { SheetModel, SyncRecord, TableModel, ConditionalFormatModel, DataValidationModel } from './fake-state';

/** A cell as a test sets it up: text, number, boolean, empty, a formula with its value, or an error. */
export type SetupValue = Scalar | null | { readonly formula: string; readonly value: Scalar } | { readonly error: string };

export interface FakeSheetSetup {
  readonly name: string;
  /** Rows of cells from `origin` (default "A1"). Strings are stored as text, as a user typed them. */
  readonly rows?: readonly (readonly SetupValue[])[];
  readonly origin?: string;
  /** Number formats in the shape of `rows`; null or missing is General. */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** Merged areas, e.g. ["A3:A5"]. */
  readonly merges?: readonly string[];
  readonly visibility?: Visibility;
  readonly protected?: boolean;
  /** The user's own tables on this sheet. */
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  /** Ranges that carry only formatting (a fill or borders), e.g. ["C:C", "A1:H5000"]. */
  readonly formatted?: readonly string[];
  /** Drop-down lists (list data validation), e.g. [{ address: "B:B", values: ["已完成", "未开展"] }]. */
  readonly dropDowns?: readonly { readonly address: string; readonly values: readonly string[] }[];
}

export interface FakeExcelOptions {
  readonly sheets?: readonly FakeSheetSetup[];
  /** Highest ExcelApi set the host supports (default "1.17"). */
  readonly apiVersion?: string;
  /** Largest request or response, in bytes (default 5,000,000: Excel on the web's 5 MB). */
  readonly payloadLimit?: number;
  /** Office's display language (default "zh-CN"). */
  readonly displayLanguage?: string;
  readonly platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /** Workbook-scoped defined names, e.g. ["PlanSheet_Work"]. */
  readonly names?: readonly string[];
  /** Workbook structure protection (Review › Protect Workbook). */
  readonly structureProtected?: boolean;
  /** What a read over 5,000,000 cells gives (default 'null', as current builds). */
  readonly overCellLimit?: 'null' | 'throw';
  /** Whether the host honours Excel.run's delayForCellEdit (default 'honoured'). */
  readonly delayForCellEdit?: 'honoured' | 'ignored';
  /** Whether a pick from a drop-down fires onChanged (default: not on 'OfficeOnline', the default platform). */
  readonly dropDownPickFiresOnChanged?: boolean;
  /** Office theme colours, as Office.context.officeTheme gives them. */
  readonly officeTheme?: {
    readonly bodyBackgroundColor: string;
    readonly bodyForegroundColor: string;
    readonly controlBackgroundColor: string;
    readonly controlForegroundColor: string;
  };
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: Visibility;
  readonly protected: boolean;
  readonly cells: readonly (readonly [string, CellModel])[];
  readonly merges: readonly string[];
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly frozenRows: number;
  readonly formats: unknown;
  readonly conditionalFormats: unknown;
  readonly dataValidations: unknown;
  readonly tables: readonly { readonly name: string; readonly address: string; readonly style: string }[];
}

type RunArgs = [unknown, ((context: unknown) => Promise<unknown>)?];

export class FakeExcel {
  readonly state: FakeWorkbookState;
  /** The `Excel` global: only `run`, since the adapter uses string literals for enums. */
  readonly Excel: Pick<typeof Excel, 'run'>;
  readonly Office: {
    readonly context: {
      readonly requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
      readonly displayLanguage: string;
      readonly officeTheme?: FakeExcelOptions['officeTheme'];
      readonly diagnostics: { readonly host: string; readonly platform: string; readonly version: string };
    };
    readonly HostType: { readonly Excel: 'Excel' };
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  };
  /** Other requirement sets the host claims (e.g. { DialogApi: "1.2" }). */
  readonly otherSets = new Map<string, string>();

  constructor(options: FakeExcelOptions = {}) {
    const platform = options.platform ?? 'OfficeOnline';
    this.state = new FakeWorkbookState({
      apiVersion: options.apiVersion ?? '1.17',
      payloadLimit: options.payloadLimit ?? 5_000_000,
      dropDownPickFiresOnChanged: options.dropDownPickFiresOnChanged ?? platform !== 'OfficeOnline',
    });
    for (const setup of options.sheets ?? [{ name: 'Sheet1' }]) this.addSheet(setup);
    const state = this.state;
    state.names.push(...(options.names ?? []));
    state.structureProtected = options.structureProtected ?? false;
    state.overCellLimit = options.overCellLimit ?? 'null';
    state.delayForCellEdit = options.delayForCellEdit ?? 'honoured';
    this.Excel = { run: makeRun(state) };
    const host = { host: 'Excel', platform };
    const otherSets = this.otherSets;
    this.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, minVersion?: string | number) => {
            const version = minVersion === undefined ? '1.1' : String(minVersion);
            if (name === 'ExcelApi') return state.supports(version);
            const has = otherSets.get(name);
            return has !== undefined && compareVersions(has, version) >= 0;
          },
        },
        displayLanguage: options.displayLanguage ?? 'zh-CN',
        officeTheme: options.officeTheme,
        diagnostics: { ...host, version: '16.0' },
      },
      HostType: { Excel: 'Excel' },
      onReady: (callback) => {
        callback?.(host);
        return Promise.resolve(host);
      },
    };
  }

  /** Sets `Excel`, `Office` and `OfficeExtension` on globalThis; returns the function that puts back what was there. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const names = ['Excel', 'Office', 'OfficeExtension'] as const;
    const before = names.map((n) => [n, Object.prototype.hasOwnProperty.call(g, n), g[n]] as const);
    g.Excel = this.Excel;
    g.Office = this.Office;
    g.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: { propertyNotLoaded: FakeErrorCode.propertyNotLoaded } };
    return () => {
      for (const [n, had, value] of before) {
        if (had) g[n] = value;
        else delete g[n];
      }
    };
  }

  // --- setting up and steering -------------------------------------------------

  addSheet(setup: FakeSheetSetup): SheetModel {
    const sheet = this.state.addSheet(setup.name);
    const origin = parseRef(setup.origin ?? 'A1') ?? { row: 0, col: 0, rows: 1, cols: 1 };
    (setup.rows ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        const format = setup.formats?.[r]?.[c] ?? undefined;
        const cell = setupCell(value, format ?? undefined);
        if (cell) this.state.putCell(sheet, origin.row + r, origin.col + c, cell);
      }),
    );
    setup.formats?.forEach((row, r) =>
      row.forEach((format, c) => {
        if (format === null || this.state.cell(sheet, origin.row + r, origin.col + c)) return;
        this.state.putCell(sheet, origin.row + r, origin.col + c, { numberFormat: format });
      }),
    );
    for (const m of setup.merges ?? []) sheet.merges.push(mustParse(m));
    for (const t of setup.tables ?? []) {
      const table = this.state.addTable(sheet, mustParse(t.address), true);
      table.name = t.name;
    }
    for (const f of setup.formatted ?? []) sheet.formats.push({ rect: mustParse(f), props: { 'fill.color': '#FFF2CC' } });
    for (const d of setup.dropDowns ?? []) {
      sheet.dataValidations.push({ rect: mustParse(d.address), rule: { list: { inCellDropDown: true, source: d.values.join(',') } } });
    }
    if (setup.visibility) sheet.visibility = setup.visibility;
    sheet.protected = setup.protected ?? false;
    return sheet;
  }

  /**
   * While on, every `context.sync()` fails with InvalidOperationInCellEditMode, as when the user is
   * typing in a cell, unless its Excel.run was given delayForCellEdit: that one waits until this is off.
   */
  setCellEditMode(on: boolean): void {
    this.state.setCellEditMode(on);
  }

  /** Workbook structure protection on or off (what Review › Protect Workbook does). */
  protectStructure(on = true): void {
    this.state.structureProtected = on;
  }

  /** The user selects a range: it becomes the selection (its top-left the active cell) and onSelectionChanged fires. */
  userSelect(sheetName: string, address: string): void {
    this.state.select(this.state.sheet(sheetName), mustParse(address));
  }

  /**
   * The user picks a value from a cell's drop-down list: the cell is selected first (firing
   * onSelectionChanged if the selection moves), the value is entered, and onChanged fires only where
   * the host fires it for picks (not Excel on the web: office-js #3888, #4066).
   */
  pickFromDropDown(sheetName: string, address: string, value: string): void {
    const sheet = this.state.sheet(sheetName);
    const at = mustParse(address);
    const rule = sheet.dataValidations.find((v) => contains(v.rect, at.row, at.col))?.rule as
      { list?: { inCellDropDown?: boolean; source?: string } } | undefined;
    if (!rule?.list?.inCellDropDown || typeof rule.list.source !== 'string') throw new Error(`No drop-down at ${address}.`);
    const choices = this.listChoices(rule.list.source);
    if (!choices.includes(value)) throw new Error(`"${value}" is not in the list at ${address}: ${choices.join(', ')}.`);
    const sel = this.state.selection;
    const cell = { row: at.row, col: at.col, rows: 1, cols: 1 };
    if (!(sel?.sheetId === sheet.id && sel.rect.row === at.row && sel.rect.col === at.col)) this.state.select(sheet, cell);
    this.state.putCell(sheet, at.row, at.col, enterValue(value, this.state.cell(sheet, at.row, at.col)));
    if (!this.state.dropDownPickFiresOnChanged) return;
    this.state.markChanged(sheet, cell);
    this.state.flushChanges('Unknown');
  }

  private listChoices(source: string): string[] {
    if (!source.startsWith('=')) return source.split(',').map((s) => s.trim());
    const { sheet, ref } = splitSheet(source.slice(1));
    const rect = parseRef(ref);
    if (!rect || sheet === null) throw new Error(`Cannot follow ${source}.`);
    return this.values(sheet, formatRect(rect)).flat().map(String);
  }

  setApiVersion(version: string): void {
    this.state.apiVersion = version;
  }

  /** What a method called on a null object gives: another null object, or an InvalidObjectPath failure. */
  setNullObjectCalls(mode: 'propagate' | 'fail'): void {
    this.state.nullObjectCalls = mode;
  }

  protectSheet(name: string, on = true): void {
    this.state.sheet(name).protected = on;
  }

  /** The user types into cells: values are entered as typing would, and onChanged fires (triggerSource "Unknown"). */
  userEdit(sheetName: string, address: string, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.state.sheet(sheetName);
    const at = mustParse(address);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.state.cell(sheet, at.row + r, at.col + c);
        this.state.putCell(sheet, at.row + r, at.col + c, enterValue(value, cell));
      }),
    );
    const rect: Rect = { row: at.row, col: at.col, rows: rows.length, cols: Math.max(1, ...rows.map((r) => r.length)) };
    this.state.markChanged(sheet, rect);
    this.state.flushChanges('Unknown');
  }

  // --- looking ---------------------------------------------------------------

  get syncs(): readonly SyncRecord[] {
    return this.state.syncs;
  }

  get syncCount(): number {
    return this.state.syncs.length;
  }

  resetSyncs(): void {
    this.state.syncs.length = 0;
  }

  /** Every sheet's name in workbook order, hidden ones included. */
  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    return this.state.sheet(name);
  }

  /** Values of a range (default: from A1 to the end of the used range). */
  values(sheetName: string, address?: string): Scalar[][] {
    return this.grid(sheetName, address, readValue);
  }

  formulas(sheetName: string, address?: string): Scalar[][] {
    return this.grid(sheetName, address, readFormula);
  }

  numberFormats(sheetName: string, address?: string): string[][] {
    return this.grid(sheetName, address, readNumberFormat);
  }

  tables(): { name: string; sheet: string; address: string; style: string }[] {
    return this.state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: formatRect(t.rect), style: t.style }));
  }

  selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    if (!sel) return null;
    const sheet = this.state.sheets.find((s) => s.id === sel.sheetId);
    return sheet ? { sheet: sheet.name, address: formatRect(sel.rect) } : null;
  }

  activeSheet(): string | null {
    const id = this.state.activeSheetId;
    return id ? this.state.sheet(id).name : null;
  }

  /** A deep copy of everything a sheet holds, to compare before and after. */
  snapshotSheet(name: string): SheetSnapshot {
    const sheet = this.state.sheet(name);
    const cells = [...sheet.cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, cell]) => [formatRect({ row: keyRow(key), col: keyCol(key), rows: 1, cols: 1 }), { ...cell }] as const);
    return JSON.parse(
      JSON.stringify({
        name: sheet.name,
        visibility: sheet.visibility,
        protected: sheet.protected,
        cells,
        merges: sheet.merges.map(formatRect),
        columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
        frozenRows: sheet.frozenRows,
        formats: sheet.formats,
        conditionalFormats: sheet.conditionalFormats,
        dataValidations: sheet.dataValidations,
        tables: this.state.tables
          .filter((t) => t.sheet === sheet)
          .map((t) => ({ name: t.name, address: formatRect(t.rect), style: t.style })),
      }),
    ) as SheetSnapshot;
  }

  addressOf(sheetName: string, address: string): string {
    return formatAddress(this.state.sheet(sheetName).name, mustParse(address));
  }

  private grid<T>(sheetName: string, address: string | undefined, read: (cell: CellModel | undefined) => T): T[][] {
    const sheet = this.state.sheet(sheetName);
    let rect: Rect;
    if (address) rect = mustParse(address);
    else {
      const used = this.state.cellRect(sheet, false);
      if (!used) return [];
      rect = { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols };
    }
    const out: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(read(sheet.cells.get(cellKey(rect.row + r, rect.col + c))));
      out.push(row);
    }
    return out;
  }
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(options);
}

/**
 * Excel.run(batch), Excel.run(object, batch) — the object's context — or Excel.run(options, batch)
 * with RunOptions such as { delayForCellEdit: true }.
 */
function makeRun(state: FakeWorkbookState): typeof Excel.run {
  const run = async (...args: RunArgs): Promise<unknown> => {
    const batch = (args.length > 1 ? args[1] : args[0]) as (context: unknown) => Promise<unknown>;
    const first = args.length > 1 ? args[0] : undefined;
    const options = isRunOptions(first) ? first : {};
    const context = contextOf(first) ?? new FakeRequestContext(state, { delayForCellEdit: options.delayForCellEdit === true });
    const result = await batch(context);
    if (context.pendingCount > 0) {
      throw new FakeOfficeError(FakeErrorCode.pendingOperations, `${context.pendingCount} queued operation(s) were never synced.`);
    }
    return result;
  };
  return run as unknown as typeof Excel.run;
}

function isRunOptions(first: unknown): first is { readonly delayForCellEdit?: boolean } {
  return (
    typeof first === 'object' && first !== null && !Array.isArray(first) && !('context' in first) && !(first instanceof FakeRequestContext)
  );
}

function contextOf(first: unknown): FakeRequestContext | null {
  if (first instanceof FakeRequestContext) return first;
  const candidate = Array.isArray(first) ? first[0] : first;
  if (candidate && typeof candidate === 'object' && 'context' in candidate) {
    const context = (candidate as { context: unknown }).context;
    if (context instanceof FakeRequestContext) return context;
  }
  return null;
}

function setupCell(value: SetupValue, numberFormat: string | undefined): CellModel | undefined {
  const format = numberFormat !== undefined ? { numberFormat } : {};
  if (value === null || value === '') return numberFormat !== undefined ? format : undefined;
  if (typeof value === 'object') {
    if ('error' in value) return { ...format, value: value.error, error: true };
    return { ...format, value: value.value, formula: value.formula };
  }
  return { ...format, value };
}

function mustParse(address: string): Rect {
  const rect = parseRef(address);
  if (!rect) throw new Error(`Bad address in test setup: ${address}`);
  return rect;
}
