/**
 * The proxy objects of the fake Excel JavaScript API. Like Office.js, nothing
 * happens when code sets a property or calls a method: it is queued, and runs
 * in order on `context.sync()`. Loaded properties can be read only after
 * `load()` and a sync; anything else throws PropertyNotLoaded. Each class
 * `implements Pick<Excel.X, …>` of exactly the members it fakes, so the
 * compiler checks them against @types/office-js.
 */
import { FakeErrorCode, FakeOfficeError } from './fake-errors';
import { type Rect, contains, formatAddress, intersect, parseRef, quoteSheetName, splitSheet } from './fake-address';
import { enterValue, readFormula, readNumberFormat, readValue } from './fake-entry';
import {
  CELL_READ_LIMIT,
  CELL_TEXT_LIMIT,
  MERGED_AREAS_LIMIT,
  keyCol,
  keyRow,
  type ChangedEvent,
  type SelectionChangedEvent,
  type ConditionalFormatModel,
  type FakeWorkbookState,
  type SheetModel,
  type TableModel,
  type Visibility,
} from './fake-state';

type LoadArg = string | string[] | object | undefined;

interface Pending {
  readonly response: unknown;
  commit(): void;
}

interface Op {
  readonly payload: unknown;
  /** The ExcelApi version the member needs; the host answers ApiNotFound when it has less. */
  readonly requires?: string;
  run(): Pending | void;
}

const encoder = new TextEncoder();
const utf8Length = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** Casts a fake to the Excel type it stands in for (its members are checked by `implements`). */
function as<T>(fake: object): T {
  return fake as unknown as T;
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadPaths(arg: LoadArg, all: readonly string[]): string[] {
  if (arg === undefined) return [...all];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.map((s) => s.trim()).filter(Boolean);
  if (typeof (arg as { select?: unknown }).select === 'string') return loadPaths((arg as { select: string }).select, all);
  const paths: string[] = [];
  for (const [key, value] of Object.entries(arg as Record<string, unknown>)) {
    if (value === true) paths.push(key);
    else if (typeof value === 'object' && value !== null) for (const sub of loadPaths(value as LoadArg, [])) paths.push(`${key}/${sub}`);
  }
  return paths;
}

// ---------------------------------------------------------------------------

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private ops: Op[] = [];
  private nextPath = 1;

  /** Excel.run({ delayForCellEdit: true }, …): the batch waits while the user edits a cell, where the host honours it. */
  readonly delayForCellEdit: boolean;

  constructor(
    readonly state: FakeWorkbookState,
    options: { readonly delayForCellEdit?: boolean } = {},
  ) {
    this.workbook = new FakeWorkbook(this);
    this.delayForCellEdit = options.delayForCellEdit === true;
  }

  pathId(): number {
    return this.nextPath++;
  }

  enqueue(op: Op): void {
    this.ops.push(op);
  }

  get pendingCount(): number {
    return this.ops.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    const state = this.state;
    // "When true, the batch request is executed immediately if the user is not in cell edit mode, but if
    // the user is in cell edit mode then the batch request is delayed until the user exits cell edit mode."
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
    while (state.cellEditMode && this.delayForCellEdit && state.delayForCellEdit === 'honoured') await state.cellEditEnded();
    if (state.cellEditMode) {
      state.syncs.push({ requestBytes: 0, responseBytes: 0, error: FakeErrorCode.invalidOperationInCellEditMode });
      throw new FakeOfficeError(FakeErrorCode.invalidOperationInCellEditMode);
    }
    const requestBytes = utf8Length(ops.map((op) => op.payload));
    if (requestBytes > state.payloadLimit) {
      state.syncs.push({ requestBytes, responseBytes: 0, error: FakeErrorCode.requestPayloadSizeLimitExceeded });
      throw new FakeOfficeError(FakeErrorCode.requestPayloadSizeLimitExceeded);
    }
    const pendings: Pending[] = [];
    try {
      for (const op of ops) {
        if (op.requires && !state.supports(op.requires)) {
          throw new FakeOfficeError(FakeErrorCode.apiNotFound, `ExcelApi ${op.requires} is not supported (host has ${state.apiVersion}).`);
        }
        const pending = op.run();
        if (pending) pendings.push(pending);
      }
    } catch (error) {
      // Excel does not roll back: what ran before the failing operation stays done.
      state.syncs.push({ requestBytes, responseBytes: 0, error: (error as { code?: string }).code ?? 'Error' });
      throw error;
    } finally {
      state.flushChanges('ThisLocalAddin');
    }
    const responseBytes = utf8Length(pendings.map((p) => p.response));
    if (responseBytes > state.payloadLimit) {
      state.syncs.push({ requestBytes, responseBytes, error: FakeErrorCode.responsePayloadSizeLimitExceeded });
      throw new FakeOfficeError(FakeErrorCode.responsePayloadSizeLimitExceeded);
    }
    state.syncs.push({ requestBytes, responseBytes });
    for (const p of pendings) p.commit();
    return passThroughValue as T;
  }
}

// ---------------------------------------------------------------------------

/** What every proxy shares: a path id, queued operations, and loaded properties. */
abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  readonly path: number;
  private bound: { value: T | null } | undefined;
  private synced = false;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver?: () => T | null,
  ) {
    this.path = context.pathId();
  }

  protected abstract readonly loadable: readonly string[];
  protected abstract read(target: T, prop: string): unknown;
  protected navigation(_name: string): FakeObject<unknown> | null {
    return null;
  }

  /** Binds a proxy that a method returned, when the method runs. */
  bind(value: T | null): Pending {
    this.bound = { value };
    return { response: { isNullObject: value === null }, commit: () => (this.synced = true) };
  }

  target(): T | null {
    if (this.resolver) return this.resolver();
    if (!this.bound) throw new FakeOfficeError(FakeErrorCode.invalidObjectPath, 'The object was used before the call that returns it ran.');
    return this.bound.value;
  }

  need(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError(FakeErrorCode.invalidObjectPath, 'The object is a null object.');
    return t;
  }

  get isNullObject(): boolean {
    if (this.resolver) return this.resolver() === null;
    if (!this.synced) throw notLoaded('isNullObject');
    return this.bound?.value === null;
  }

  protected got<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  protected queue(member: string, args: readonly unknown[], run: () => Pending | void, requires?: string): void {
    this.context.enqueue({ payload: { o: this.path, m: member, a: args }, requires, run });
  }

  /** Queues a method that returns another proxy, bound when the method runs. */
  protected make<P extends FakeObject<V>, V>(
    proxy: P,
    member: string,
    args: readonly unknown[],
    run: () => V | null,
    requires?: string,
  ): P {
    this.queue(
      member,
      args,
      () => {
        if (this.target() !== null) return proxy.bind(run());
        // What a method called on a null object gives is not documented; the fake can do either.
        if (this.context.state.nullObjectCalls === 'fail') {
          throw new FakeOfficeError(FakeErrorCode.invalidObjectPath, `${member} was called on a null object.`);
        }
        return proxy.bind(null);
      },
      requires,
    );
    return proxy;
  }

  /** A resolver for a navigation property: null when this object is a null object. */
  protected child<V>(map: (target: T) => V | null): () => V | null {
    return () => {
      const t = this.target();
      return t === null ? null : map(t);
    };
  }

  protected loadInto(arg: LoadArg): void {
    const paths = loadPaths(arg, this.loadable);
    this.queue('load', paths, () => this.collect(paths));
  }

  collect(paths: readonly string[]): Pending {
    const target = this.target();
    if (target === null) return { response: { isNullObject: true }, commit: () => undefined };
    const values: [string, unknown][] = [];
    const children: Pending[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      } else if (this.loadable.includes(path)) {
        values.push([path, this.read(target, path)]);
      } else if (this.navigation(path)) {
        nested.set(path, [...(nested.get(path) ?? [])]);
      } else {
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Cannot load '${path}'.`);
      }
    }
    for (const [head, rest] of nested) {
      const child = this.navigation(head);
      if (!child) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Cannot load '${head}/…'.`);
      children.push(child.collect(rest));
    }
    return {
      response: [Object.fromEntries(values), ...children.map((c) => c.response)],
      commit: () => {
        for (const [k, v] of values) this.loaded.set(k, v);
        for (const c of children) c.commit();
        this.synced = true;
      },
    };
  }
}

/** A collection: `items` after load, each item loaded with the item paths. */
abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  protected readonly loadable: readonly string[] = [];
  protected read(): unknown {
    return undefined;
  }
  protected abstract itemsOf(target: T): I[];
  protected abstract readonly itemLoadable: readonly string[];

  override collect(paths: readonly string[]): Pending {
    const target = this.target();
    if (target === null) return { response: { isNullObject: true }, commit: () => undefined };
    const itemPaths = (paths.length ? paths : this.itemLoadable).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    const items = this.itemsOf(target);
    const pendings = items.map((item) => item.collect(itemPaths.length ? itemPaths : this.itemLoadable));
    return {
      response: pendings.map((p) => p.response),
      commit: () => {
        for (const p of pendings) p.commit();
        this.loaded.set('items', items);
      },
    };
  }
}

// ---------------------------------------------------------------------------

export class FakeWorkbook implements Pick<Excel.Workbook, 'worksheets' | 'tables' | 'names' | 'protection' | 'getActiveCell'> {
  private readonly sheets: FakeWorksheetCollection;
  private readonly allTables: FakeTableCollection;
  private readonly namedItems: FakeNamedItemCollection;
  private readonly structure: FakeWorkbookProtection;
  constructor(readonly context: FakeRequestContext) {
    this.sheets = new FakeWorksheetCollection(context, () => context.state);
    this.allTables = new FakeTableCollection(context, () => ({ scope: null }));
    this.namedItems = new FakeNamedItemCollection(context, () => context.state);
    this.structure = new FakeWorkbookProtection(context, () => context.state);
  }
  get worksheets(): Excel.WorksheetCollection {
    return as(this.sheets);
  }
  get tables(): Excel.TableCollection {
    return as(this.allTables);
  }
  get names(): Excel.NamedItemCollection {
    return as(this.namedItems);
  }
  get protection(): Excel.WorkbookProtection {
    return as(this.structure);
  }
  /** The active cell of the active sheet (ExcelApi 1.7): the top-left cell of the selection. */
  getActiveCell(): Excel.Range {
    const proxy = new FakeRange(this.context);
    this.context.enqueue({
      payload: { m: 'getActiveCell', a: [] },
      requires: '1.7',
      run: () => proxy.bind(this.context.state.activeCell() ?? fail(FakeErrorCode.itemNotFound, 'No active sheet.')),
    });
    return as(proxy);
  }
}

/** Workbook structure protection (ExcelApi 1.7): only `protected` is read here; tests protect through FakeExcel. */
class FakeWorkbookProtection extends FakeObject<FakeWorkbookState> implements Pick<Excel.WorkbookProtection, 'protected' | 'load'> {
  protected readonly loadable = ['protected'];
  protected read(state: FakeWorkbookState): unknown {
    return state.structureProtected;
  }
  get protected(): boolean {
    return this.got('protected');
  }
  load(arg?: LoadArg): Excel.WorkbookProtection {
    this.loadInto(arg);
    return as(this);
  }
}

class FakeNamedItem extends FakeObject<{ readonly name: string }> implements Pick<Excel.NamedItem, 'name' | 'load'> {
  protected readonly loadable = ['name'];
  protected read(item: { readonly name: string }): unknown {
    return item.name;
  }
  get name(): string {
    return this.got('name');
  }
  load(arg?: LoadArg): Excel.NamedItem {
    this.loadInto(arg);
    return as(this);
  }
}

/** The workbook-scoped defined names (ExcelApi 1.1). */
class FakeNamedItemCollection
  extends FakeCollection<FakeWorkbookState, FakeNamedItem>
  implements Pick<Excel.NamedItemCollection, 'items' | 'load'>
{
  protected readonly itemLoadable = ['name'];
  protected itemsOf(state: FakeWorkbookState): FakeNamedItem[] {
    return state.names.map((name) => new FakeNamedItem(this.context, () => ({ name })));
  }
  get items(): Excel.NamedItem[] {
    return as(this.got<FakeNamedItem[]>('items'));
  }
  load(arg?: LoadArg): Excel.NamedItemCollection {
    this.loadInto(arg);
    return as(this);
  }
}

const SHEET_PROPS = ['name', 'id', 'position', 'visibility'] as const;

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorkbookState, FakeWorksheet>
  implements Pick<Excel.WorksheetCollection, 'getItem' | 'getItemOrNullObject' | 'add' | 'getActiveWorksheet' | 'load' | 'items'>
{
  protected readonly itemLoadable = SHEET_PROPS;
  protected itemsOf(state: FakeWorkbookState): FakeWorksheet[] {
    return state.liveSheets().map((s) => new FakeWorksheet(this.context, () => s));
  }
  get items(): Excel.Worksheet[] {
    return as(this.got<FakeWorksheet[]>('items'));
  }
  load(arg?: LoadArg): Excel.WorksheetCollection {
    this.loadInto(arg);
    return as(this);
  }
  getItem(key: string): Excel.Worksheet {
    return as(this.make(new FakeWorksheet(this.context), 'getItem', [key], () => this.context.state.sheet(key)));
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return as(this.make(new FakeWorksheet(this.context), 'getItemOrNullObject', [key], () => this.context.state.findSheet(key), '1.4'));
  }
  add(name?: string): Excel.Worksheet {
    return as(
      this.make(new FakeWorksheet(this.context), 'add', [name ?? null], () => {
        const state = this.context.state;
        let sheetName = name;
        for (let n = state.liveSheets().length + 1; sheetName === undefined; n++)
          if (!state.findSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
        return state.addSheet(sheetName, true);
      }),
    );
  }
  getActiveWorksheet(): Excel.Worksheet {
    return as(
      this.make(new FakeWorksheet(this.context), 'getActiveWorksheet', [], () => {
        const id = this.context.state.activeSheetId;
        return id ? this.context.state.sheet(id) : null;
      }),
    );
  }
}

export class FakeWorksheet
  extends FakeObject<SheetModel>
  implements
    Pick<
      Excel.Worksheet,
      | 'name'
      | 'id'
      | 'position'
      | 'visibility'
      | 'isNullObject'
      | 'tables'
      | 'freezePanes'
      | 'protection'
      | 'onChanged'
      | 'onSelectionChanged'
      | 'delete'
      | 'activate'
      | 'getRange'
      | 'getRangeByIndexes'
      | 'getUsedRange'
      | 'getUsedRangeOrNullObject'
      | 'load'
    >
{
  protected readonly loadable = SHEET_PROPS;
  private readonly scopedTables = new FakeTableCollection(
    this.context,
    this.child((sheet) => ({ scope: sheet })),
  );
  private readonly panes = new FakeFreezePanes(
    this.context,
    this.child((sheet) => sheet),
  );
  private readonly sheetProtection = new FakeWorksheetProtection(
    this.context,
    this.child((sheet) => sheet),
  );
  private readonly changed = new FakeSheetEvents<Excel.WorksheetChangedEventArgs>(this.context, this, 'changed');
  private readonly selectionChanged = new FakeSheetEvents<Excel.WorksheetSelectionChangedEventArgs>(this.context, this, 'selectionChanged');

  protected read(sheet: SheetModel, prop: string): unknown {
    if (prop === 'position') return this.context.state.liveSheets().indexOf(sheet);
    return sheet[prop as 'name' | 'id' | 'visibility'];
  }
  protected override navigation(name: string): FakeObject<unknown> | null {
    return name === 'protection' ? this.sheetProtection : name === 'tables' ? this.scopedTables : null;
  }

  get name(): string {
    return this.got('name');
  }
  set name(value: string) {
    this.queue('name', [value], () => {
      const sheet = this.need();
      if (sheet.name !== value) this.context.state.checkStructure('rename a sheet');
      this.context.state.checkSheetName(value, sheet);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.got('id');
  }
  get position(): number {
    return this.got('position');
  }
  set position(value: number) {
    this.queue('position', [value], () => this.context.state.moveSheet(this.need(), value));
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.got('visibility');
  }
  set visibility(value: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue('visibility', [value], () => this.context.state.setVisibility(this.need(), value as Visibility));
  }
  get tables(): Excel.TableCollection {
    return as(this.scopedTables);
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return as(this.panes);
  }
  get protection(): Excel.WorksheetProtection {
    return as(this.sheetProtection);
  }
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return as(this.changed);
  }
  get onSelectionChanged(): OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    return as(this.selectionChanged);
  }
  load(arg?: LoadArg): Excel.Worksheet {
    this.loadInto(arg);
    return as(this);
  }
  delete(): void {
    this.queue('delete', [], () => this.context.state.deleteSheet(this.need()));
  }
  activate(): void {
    this.queue('activate', [], () => {
      const sheet = this.need();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A hidden sheet cannot be activated.');
      this.context.state.activeSheetId = sheet.id;
    });
  }
  getRange(address?: string): Excel.Range {
    return as(
      this.make(new FakeRange(this.context), 'getRange', [address ?? null], () => {
        const sheet = this.need();
        if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } };
        const { sheet: named, ref } = splitSheet(address);
        const rect = parseRef(ref);
        if (!rect || (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())) {
          throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad address "${address}".`);
        }
        return { sheet, rect };
      }),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return as(
      this.make(new FakeRange(this.context), 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
          throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'Bad range indexes.');
        }
        return { sheet: this.need(), rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
      }),
    );
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return as(
      this.make(new FakeRange(this.context), 'getUsedRange', [valuesOnly ?? false], () => {
        const sheet = this.need();
        return { sheet, rect: this.context.state.usedRect(sheet, valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
      }),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return as(
      this.make(
        new FakeRange(this.context),
        'getUsedRangeOrNullObject',
        [valuesOnly ?? false],
        () => {
          const sheet = this.need();
          const rect = this.context.state.usedRect(sheet, valuesOnly ?? false);
          return rect ? { sheet, rect } : null;
        },
        '1.4',
      ),
    );
  }
}

class FakeWorksheetProtection extends FakeObject<SheetModel> implements Pick<Excel.WorksheetProtection, 'protected' | 'load'> {
  protected readonly loadable = ['protected'];
  protected read(sheet: SheetModel): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.got('protected');
  }
  load(arg?: LoadArg): Excel.WorksheetProtection {
    this.loadInto(arg);
    return as(this);
  }
}

class FakeFreezePanes extends FakeObject<SheetModel> implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'unfreeze'> {
  protected readonly loadable = [];
  protected read(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.queue(
      'freezeRows',
      [count ?? 1],
      () => {
        const sheet = this.need();
        this.context.state.checkWritable(sheet);
        sheet.frozenRows = count ?? 1;
      },
      '1.7',
    );
  }
  unfreeze(): void {
    this.queue(
      'unfreeze',
      [],
      () => {
        this.need().frozenRows = 0;
      },
      '1.7',
    );
  }
}

/** worksheet.onChanged or worksheet.onSelectionChanged (both ExcelApi 1.7): handlers registered on sync, removed on sync. */
class FakeSheetEvents<A> implements Pick<OfficeExtension.EventHandlers<A>, 'add'> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
    private readonly kind: 'changed' | 'selectionChanged',
  ) {}
  add(handler: (args: A) => Promise<unknown>): OfficeExtension.EventHandlerResult<A> {
    const state = this.context.state;
    let id = -1;
    this.context.enqueue({
      payload: { m: `${this.kind}.add` },
      requires: '1.7',
      run: () => {
        id = state.handlers.length ? Math.max(...state.handlers.map((h) => h.id)) + 1 : 1;
        state.handlers.push({
          id,
          sheetId: this.sheet.need().id,
          kind: this.kind,
          handler: handler as unknown as (args: ChangedEvent | SelectionChangedEvent) => Promise<unknown>,
        });
      },
    });
    const context = this.context;
    const kind = this.kind;
    const result: Pick<OfficeExtension.EventHandlerResult<A>, 'remove'> & { context: FakeRequestContext } = {
      context,
      remove: () => {
        context.enqueue({
          payload: { m: `${kind}.remove` },
          run: () => {
            const i = state.handlers.findIndex((h) => h.id === id);
            if (i >= 0) state.handlers.splice(i, 1);
          },
        });
      },
    };
    return as(result);
  }
}

// ---------------------------------------------------------------------------

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const RANGE_PROPS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'numberFormat', 'formulas'];
/** The properties that hold one entry per cell, which the 5,000,000-cell read limit applies to. */
const CELL_ARRAYS = ['values', 'numberFormat', 'formulas'];

function matrix(rect: Rect, cell: (row: number, col: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(cell(rect.row + r, rect.col + c));
    out.push(row);
  }
  return out;
}

function checkShape(value: unknown, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(value) || value.length !== rect.rows || value.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return value as unknown[][];
}

export class FakeRange
  extends FakeObject<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | 'address'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'cellCount'
      | 'values'
      | 'numberFormat'
      | 'formulas'
      | 'isNullObject'
      | 'format'
      | 'conditionalFormats'
      | 'dataValidation'
      | 'worksheet'
      | 'getCell'
      | 'getRow'
      | 'getResizedRange'
      | 'getIntersectionOrNullObject'
      | 'getMergedAreasOrNullObject'
      | 'select'
      | 'clear'
      | 'load'
    >
{
  protected readonly loadable = RANGE_PROPS;
  private readonly rangeFormat = new FakeRangeFormat(
    this.context,
    this.child((t) => t),
  );
  private readonly formats = new FakeConditionalFormats(
    this.context,
    this.child((t) => t),
  );
  private readonly validation = new FakeDataValidation(
    this.context,
    this.child((t) => t),
  );
  private readonly sheetProxy = new FakeWorksheet(
    this.context,
    this.child((t) => t.sheet),
  );

  protected read(t: RangeTarget, prop: string): unknown {
    const state = this.context.state;
    if (CELL_ARRAYS.includes(prop) && t.rect.rows * t.rect.cols > CELL_READ_LIMIT) {
      if (state.overCellLimit === 'throw') fail(FakeErrorCode.rangeExceedsLimit, `${t.rect.rows * t.rect.cols} cells.`);
      return null;
    }
    switch (prop) {
      case 'address':
        return formatAddress(t.sheet.name, t.rect);
      case 'rowIndex':
        return t.rect.row;
      case 'columnIndex':
        return t.rect.col;
      case 'rowCount':
        return t.rect.rows;
      case 'columnCount':
        return t.rect.cols;
      case 'cellCount':
        return t.rect.rows * t.rect.cols;
      case 'values':
        return matrix(t.rect, (r, c) => readValue(state.cell(t.sheet, r, c)));
      case 'formulas':
        return matrix(t.rect, (r, c) => readFormula(state.cell(t.sheet, r, c)));
      default:
        return matrix(t.rect, (r, c) => readNumberFormat(state.cell(t.sheet, r, c)));
    }
  }
  protected override navigation(name: string): FakeObject<unknown> | null {
    return name === 'format' ? this.rangeFormat : name === 'worksheet' ? this.sheetProxy : null;
  }

  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get cellCount(): number {
    return this.got('cellCount');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(value: unknown[][]) {
    this.queue('values', [value], () => {
      const { sheet, rect } = this.need();
      const state = this.context.state;
      state.checkWritable(sheet);
      const rows = checkShape(value, rect, 'values');
      // What Excel does with a longer text is not documented; a cell cannot hold it either way.
      const long = rows.flat().find((v) => typeof v === 'string' && v.replace(/^'/, '').length > CELL_TEXT_LIMIT);
      if (long !== undefined)
        fail(FakeErrorCode.invalidArgument, `A text of ${String(long).length} characters (a cell holds ${CELL_TEXT_LIMIT}).`);
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const row = rect.row + r;
          const col = rect.col + c;
          state.putCell(sheet, row, col, enterValue(rows[r][c], state.cell(sheet, row, col)));
        }
      }
      state.markChanged(sheet, rect);
    });
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.queue('numberFormat', [value], () => {
      const { sheet, rect } = this.need();
      const state = this.context.state;
      state.checkWritable(sheet);
      const rows = checkShape(value, rect, 'numberFormat');
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const format = rows[r][c];
          if (format === null || format === undefined) continue;
          const row = rect.row + r;
          const col = rect.col + c;
          state.putCell(sheet, row, col, { ...state.cell(sheet, row, col), numberFormat: String(format) });
        }
      }
      state.markChanged(sheet, rect);
    });
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(value: unknown[][]) {
    this.queue('formulas', [value], () => {
      throw new FakeOfficeError(FakeErrorCode.notImplemented, `formulas = ${JSON.stringify(value).slice(0, 40)}`);
    });
  }
  get format(): Excel.RangeFormat {
    return as(this.rangeFormat);
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return as(this.formats);
  }
  get dataValidation(): Excel.DataValidation {
    return as(this.validation);
  }
  get worksheet(): Excel.Worksheet {
    return as(this.sheetProxy);
  }
  load(arg?: LoadArg): Excel.Range {
    this.loadInto(arg);
    return as(this);
  }

  private derive(member: string, args: readonly unknown[], rect: (r: Rect) => Rect | null, requires?: string): Excel.Range {
    return as(
      this.make(
        new FakeRange(this.context),
        member,
        args,
        () => {
          const t = this.need();
          const next = rect(t.rect);
          if (next === null) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `${member}(${args.join(', ')})`);
          return { sheet: t.sheet, rect: next };
        },
        requires,
      ),
    );
  }
  getCell(row: number, column: number): Excel.Range {
    return this.derive('getCell', [row, column], (r) =>
      row >= 0 && column >= 0 ? { row: r.row + row, col: r.col + column, rows: 1, cols: 1 } : null,
    );
  }
  getRow(row: number): Excel.Range {
    return this.derive('getRow', [row], (r) => (row >= 0 && row < r.rows ? { ...r, row: r.row + row, rows: 1 } : null));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derive(
      'getResizedRange',
      [deltaRows, deltaColumns],
      (r) =>
        r.rows + deltaRows >= 1 && r.cols + deltaColumns >= 1 ? { ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns } : null,
      '1.7',
    );
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    const other = typeof anotherRange === 'string' ? null : (anotherRange as unknown as FakeRange);
    return as(
      this.make(
        new FakeRange(this.context),
        'getIntersectionOrNullObject',
        [typeof anotherRange === 'string' ? anotherRange : { o: other?.path }],
        () => {
          const t = this.need();
          const rect = other ? other.need().rect : parseRef(splitSheet(anotherRange as string).ref);
          if (!rect) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'Bad address.');
          if (other && other.need().sheet !== t.sheet) return null;
          const hit = intersect(t.rect, rect);
          return hit ? { sheet: t.sheet, rect: hit } : null;
        },
        '1.4',
      ),
    );
  }
  getMergedAreasOrNullObject(): Excel.RangeAreas {
    // Like Excel: the merged areas whose top-left cell is in this range.
    return as(
      this.make(
        new FakeRangeAreas(this.context),
        'getMergedAreasOrNullObject',
        [],
        (): AreasTarget | null => {
          const t = this.need();
          const rects = t.sheet.merges.filter((m) => contains(t.rect, m.row, m.col));
          // "if the merged areas count in this range is more than 512, then this method will fail to return
          // the result" (see MERGED_AREAS_LIMIT); the error is not named, GeneralException is Excel's catch-all.
          if (rects.length > MERGED_AREAS_LIMIT) fail(FakeErrorCode.generalException, `${rects.length} merged areas.`);
          return rects.length ? { sheet: t.sheet, rects } : null;
        },
        '1.13',
      ),
    );
  }
  select(): void {
    this.queue('select', [], () => {
      const t = this.need();
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A hidden sheet cannot be selected.');
      this.context.state.select(t.sheet, t.rect);
    });
  }
  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const what = applyTo ?? 'All';
    this.queue('clear', [what], () => {
      const { sheet, rect } = this.need();
      const state = this.context.state;
      state.checkWritable(sheet);
      for (const [key, cell] of [...sheet.cells]) {
        const row = keyRow(key);
        const col = keyCol(key);
        if (!contains(rect, row, col)) continue;
        const { numberFormat, ...content } = cell;
        const kept = what === 'Formats' ? content : what === 'All' || numberFormat === undefined ? undefined : { numberFormat };
        state.putCell(sheet, row, col, kept);
      }
      if (what === 'All' || what === 'Formats') {
        for (let i = sheet.formats.length - 1; i >= 0; i--) if (intersect(sheet.formats[i].rect, rect)) sheet.formats.splice(i, 1);
      }
      state.markChanged(sheet, rect);
    });
  }
}

interface AreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

class FakeRangeAreas
  extends FakeObject<AreasTarget>
  implements Pick<Excel.RangeAreas, 'address' | 'areaCount' | 'areas' | 'isNullObject' | 'load'>
{
  protected readonly loadable = ['address', 'areaCount'];
  private readonly list = new FakeRangeCollection(
    this.context,
    this.child((t) => t),
  );
  protected read(t: AreasTarget, prop: string): unknown {
    return prop === 'areaCount' ? t.rects.length : t.rects.map((r) => formatAddress(t.sheet.name, r)).join(', ');
  }
  protected override navigation(name: string): FakeObject<unknown> | null {
    return name === 'areas' ? this.list : null;
  }
  get address(): string {
    return this.got('address');
  }
  get areaCount(): number {
    return this.got('areaCount');
  }
  get areas(): Excel.RangeCollection {
    return as(this.list);
  }
  load(arg?: LoadArg): Excel.RangeAreas {
    this.loadInto(arg);
    return as(this);
  }
}

class FakeRangeCollection extends FakeCollection<AreasTarget, FakeRange> implements Pick<Excel.RangeCollection, 'items' | 'load'> {
  protected readonly itemLoadable = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  protected itemsOf(t: AreasTarget): FakeRange[] {
    return t.rects.map((rect) => new FakeRangeItem(this.context, () => ({ sheet: t.sheet, rect })));
  }
  get items(): Excel.Range[] {
    return as(this.got<FakeRange[]>('items'));
  }
  load(arg?: LoadArg): Excel.RangeCollection {
    this.loadInto(arg);
    return as(this);
  }
}

/** A range that a collection holds (resolved already, not returned by a method). */
class FakeRangeItem extends FakeRange {}

// ---------------------------------------------------------------------------

class FakeRangeFormat
  extends FakeObject<RangeTarget>
  implements Pick<Excel.RangeFormat, 'columnWidth' | 'wrapText' | 'font' | 'fill' | 'autofitColumns' | 'load'>
{
  protected readonly loadable = ['columnWidth', 'wrapText'];
  private readonly rangeFont = new FakeFormatPart(
    this.context,
    this.child((t) => t),
    'font',
    ['bold', 'color', 'italic', 'name', 'size'],
  );
  private readonly rangeFill = new FakeFormatPart(
    this.context,
    this.child((t) => t),
    'fill',
    ['color'],
  );
  protected read(t: RangeTarget, prop: string): unknown {
    if (prop === 'columnWidth') {
      const widths = new Set(Array.from({ length: t.rect.cols }, (_, i) => t.sheet.columnWidths.get(t.rect.col + i) ?? 48));
      return widths.size === 1 ? [...widths][0] : null;
    }
    return lastRecorded(t, 'wrapText') ?? false;
  }
  protected override navigation(name: string): FakeObject<unknown> | null {
    return name === 'font' ? this.rangeFont : name === 'fill' ? this.rangeFill : null;
  }
  get columnWidth(): number {
    return this.got('columnWidth');
  }
  set columnWidth(points: number) {
    this.queue('columnWidth', [points], () => {
      const { sheet, rect } = this.need();
      this.context.state.checkWritable(sheet);
      if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `columnWidth ${points}`);
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, points);
    });
  }
  get wrapText(): boolean {
    return this.got('wrapText');
  }
  set wrapText(value: boolean) {
    this.queue('wrapText', [value], () => record(this.context.state, this.need(), { wrapText: value }));
  }
  get font(): Excel.RangeFont {
    return as(this.rangeFont);
  }
  get fill(): Excel.RangeFill {
    return as(this.rangeFill);
  }
  autofitColumns(): void {
    this.queue(
      'autofitColumns',
      [],
      () => {
        const { sheet, rect } = this.need();
        this.context.state.checkWritable(sheet);
        sheet.autofitted.push(rect);
      },
      '1.2',
    );
  }
  load(arg?: LoadArg): Excel.RangeFormat {
    this.loadInto(arg);
    return as(this);
  }
}

function record(state: FakeWorkbookState, t: RangeTarget, props: Record<string, unknown>): void {
  state.checkWritable(t.sheet);
  t.sheet.formats.push({ rect: t.rect, props });
}

function lastRecorded(t: RangeTarget, key: string): unknown {
  for (let i = t.sheet.formats.length - 1; i >= 0; i--) {
    const f = t.sheet.formats[i];
    if (key in f.props && intersect(f.rect, t.rect)) return f.props[key];
  }
  return undefined;
}

/** Font or fill of a range: every property set is recorded as a format on the sheet. */
class FakeFormatPart extends FakeObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget | null,
    private readonly part: string,
    protected readonly loadable: readonly string[],
  ) {
    super(context, resolver);
    for (const prop of loadable) {
      Object.defineProperty(this, prop, {
        get: () => this.got(prop),
        set: (value: unknown) =>
          this.queue(`${part}.${prop}`, [value], () => record(this.context.state, this.need(), { [`${part}.${prop}`]: value })),
      });
    }
  }
  protected read(t: RangeTarget, prop: string): unknown {
    return lastRecorded(t, `${this.part}.${prop}`) ?? null;
  }
}

// ---------------------------------------------------------------------------

const CONDITION_PARTS: Readonly<Record<string, string>> = {
  custom: 'Custom',
  cellValue: 'CellValue',
  textComparison: 'ContainsText',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  preset: 'PresetCriteria',
};

class FakeConditionalFormats extends FakeObject<RangeTarget> implements Pick<Excel.ConditionalFormatCollection, 'add'> {
  protected readonly loadable = [];
  protected read(): unknown {
    return undefined;
  }
  add(
    type:
      | Excel.ConditionalFormatType
      | 'Custom'
      | 'DataBar'
      | 'ColorScale'
      | 'IconSet'
      | 'TopBottom'
      | 'PresetCriteria'
      | 'ContainsText'
      | 'CellValue',
  ): Excel.ConditionalFormat {
    const proxy = new FakeConditionalFormat(this.context);
    this.queue(
      'add',
      [type],
      () => {
        const { sheet, rect } = this.need();
        this.context.state.checkWritable(sheet);
        const model: ConditionalFormatModel = { id: this.context.state.id('cf'), rect, type, settings: {} };
        sheet.conditionalFormats.push(model);
        return proxy.bind(model);
      },
      '1.6',
    );
    return as(proxy);
  }
}

/**
 * A conditional format: `cf.custom.rule.formula = …`, `cf.custom.format.fill.color = …`
 * and the like are recorded under their dotted path, after checking that the
 * part matches the type the format was added with (as Excel does).
 */
class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  protected readonly loadable = ['type', 'id'];
  constructor(context: FakeRequestContext) {
    super(context);
    for (const part of Object.keys(CONDITION_PARTS)) {
      Object.defineProperty(this, part, { get: () => this.node([part]) });
    }
  }
  protected read(model: ConditionalFormatModel, prop: string): unknown {
    return model[prop as 'type' | 'id'];
  }
  private node(path: readonly string[]): object {
    return new Proxy(
      {},
      {
        get: (_t, key) => (typeof key === 'string' ? this.node([...path, key]) : undefined),
        set: (_t, key, value: unknown) => {
          const dotted = [...path, String(key)].join('.');
          this.queue(dotted, [value], () => {
            const model = this.need();
            if (CONDITION_PARTS[path[0]] !== model.type) {
              throw new FakeOfficeError(FakeErrorCode.invalidOperation, `'${path[0]}' on a ${model.type} conditional format.`);
            }
            if (dotted.endsWith('rule.formula') && !(typeof value === 'string' && value.startsWith('='))) {
              throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad formula ${String(value)}.`);
            }
            model.settings[dotted] = value;
          });
          return true;
        },
      },
    );
  }
}

class FakeDataValidation extends FakeObject<RangeTarget> implements Pick<Excel.DataValidation, 'rule' | 'clear'> {
  protected readonly loadable = ['rule'];
  protected read(t: RangeTarget): unknown {
    return t.sheet.dataValidations.find((v) => intersect(v.rect, t.rect))?.rule ?? null;
  }
  get rule(): Excel.DataValidationRule {
    return this.got('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.queue(
      'rule',
      [rule],
      () => {
        const t = this.need();
        this.context.state.checkWritable(t.sheet);
        const source = rule.list?.source;
        if (rule.list && typeof source === 'string' && !source.startsWith('=') && source.length > 255) {
          throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A list source longer than 255 characters.');
        }
        if (rule.list && typeof source === 'string' && source.startsWith('=')) checkListReference(this.context.state, source);
        t.sheet.dataValidations.push({ rect: t.rect, rule: JSON.parse(JSON.stringify(rule)) });
      },
      '1.8',
    );
  }
  clear(): void {
    this.queue(
      'clear',
      [],
      () => {
        const t = this.need();
        const list = t.sheet.dataValidations;
        for (let i = list.length - 1; i >= 0; i--) if (intersect(list[i].rect, t.rect)) list.splice(i, 1);
      },
      '1.8',
    );
  }
}

// ---------------------------------------------------------------------------

interface TablesTarget {
  /** The worksheet a worksheet's `tables` is limited to; null for the workbook's. */
  readonly scope: SheetModel | null;
}

const TABLE_PROPS = ['name', 'id', 'style', 'showHeaders'];

export class FakeTableCollection
  extends FakeCollection<TablesTarget, FakeTable>
  implements Pick<Excel.TableCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'items' | 'load'>
{
  protected readonly itemLoadable = TABLE_PROPS;
  protected itemsOf(t: TablesTarget): FakeTable[] {
    return this.context.state.tables
      .filter((x) => t.scope === null || x.sheet === t.scope)
      .map((x) => new FakeTable(this.context, () => x));
  }
  get items(): Excel.Table[] {
    return as(this.got<FakeTable[]>('items'));
  }
  load(arg?: LoadArg): Excel.TableCollection {
    this.loadInto(arg);
    return as(this);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const range = typeof address === 'string' ? null : (address as unknown as FakeRange);
    return as(
      this.make(new FakeTable(this.context), 'add', [typeof address === 'string' ? address : { o: range?.path }, hasHeaders], () => {
        const state = this.context.state;
        const scope = this.need().scope;
        let sheet: SheetModel;
        let rect: Rect | null;
        if (range) {
          ({ sheet, rect } = range.need());
        } else {
          const { sheet: named, ref } = splitSheet(address as string);
          // Excel: "If the address does not contain a sheet name, the currently-active sheet is used."
          sheet = named !== null ? state.sheet(named) : state.sheet(state.activeSheetId ?? '');
          rect = parseRef(ref);
        }
        if (!rect) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Bad table address ${String(address)}.`);
        if (scope && scope !== sheet) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'The range is on another worksheet.');
        return state.addTable(sheet, rect, hasHeaders);
      }),
    );
  }
  getItem(key: string): Excel.Table {
    return as(
      this.make(new FakeTable(this.context), 'getItem', [key], () => this.find(key) ?? fail(FakeErrorCode.itemNotFound, `Table "${key}".`)),
    );
  }
  getItemOrNullObject(key: string): Excel.Table {
    return as(this.make(new FakeTable(this.context), 'getItemOrNullObject', [key], () => this.find(key), '1.4'));
  }
  private find(key: string): TableModel | null {
    const scope = this.need().scope;
    const lower = key.toLowerCase();
    return (
      this.context.state.tables.find((t) => (scope === null || t.sheet === scope) && (t.name.toLowerCase() === lower || t.id === key)) ??
      null
    );
  }
}

/**
 * A list source that refers to cells ("=Names!$A$1:$A$3", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation#list-validation-rule-type)
 * is a formula: a sheet name that is not a plain word must be quoted — "If the name of the other worksheet
 * contains non-alphabetical characters, you must enclose the name (or the path) within single quotation
 * marks (')" (https://support.microsoft.com/office/c7b8b95d-c594-4488-947e-c835903cebaa) — and the sheet must exist.
 */
function checkListReference(state: FakeWorkbookState, source: string): void {
  const body = source.slice(1);
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(body);
  const bang = body.lastIndexOf('!');
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : bang > 0 ? body.slice(0, bang) : null;
  const ref = quoted ? quoted[2] : bang > 0 ? body.slice(bang + 1) : body;
  if (sheet !== null && !quoted && quoteSheetName(sheet) !== sheet)
    fail(FakeErrorCode.invalidArgument, `Unquoted sheet name in ${source}.`);
  if (sheet !== null && !state.findSheet(sheet)) fail(FakeErrorCode.invalidArgument, `No sheet "${sheet}" for ${source}.`);
  if (!parseRef(ref)) fail(FakeErrorCode.invalidArgument, `Bad reference in ${source}.`);
}

function fail(code: (typeof FakeErrorCode)[keyof typeof FakeErrorCode], detail: string): never {
  throw new FakeOfficeError(code, detail);
}

export class FakeTable
  extends FakeObject<TableModel>
  implements
    Pick<
      Excel.Table,
      | 'name'
      | 'id'
      | 'style'
      | 'showHeaders'
      | 'worksheet'
      | 'isNullObject'
      | 'getRange'
      | 'getHeaderRowRange'
      | 'getDataBodyRange'
      | 'delete'
      | 'load'
    >
{
  protected readonly loadable = TABLE_PROPS;
  private readonly sheetProxy = new FakeWorksheet(
    this.context,
    this.child((t) => t.sheet),
  );
  protected read(t: TableModel, prop: string): unknown {
    return prop === 'showHeaders' ? t.hasHeaders : t[prop as 'name' | 'id' | 'style'];
  }
  protected override navigation(name: string): FakeObject<unknown> | null {
    return name === 'worksheet' ? this.sheetProxy : null;
  }
  get name(): string {
    return this.got('name');
  }
  set name(value: string) {
    this.queue('name', [value], () => {
      const t = this.need();
      this.context.state.checkTableName(value, t);
      t.name = value;
    });
  }
  get id(): string {
    return this.got('id');
  }
  get style(): string {
    return this.got('style');
  }
  set style(value: string) {
    this.queue('style', [value], () => {
      const t = this.need();
      this.context.state.checkTableStyle(value);
      this.context.state.checkWritable(t.sheet);
      t.style = value;
    });
  }
  get showHeaders(): boolean {
    return this.got('showHeaders');
  }
  get worksheet(): Excel.Worksheet {
    return as(this.sheetProxy);
  }
  load(arg?: LoadArg): Excel.Table {
    this.loadInto(arg);
    return as(this);
  }
  private part(member: string, rect: (t: TableModel) => Rect | null): Excel.Range {
    return as(
      this.make(new FakeRange(this.context), member, [], () => {
        const t = this.need();
        const r = rect(t);
        if (!r) throw new FakeOfficeError(FakeErrorCode.invalidOperation, `${member} of an empty table.`);
        return { sheet: t.sheet, rect: r };
      }),
    );
  }
  getRange(): Excel.Range {
    return this.part('getRange', (t) => t.rect);
  }
  getHeaderRowRange(): Excel.Range {
    return this.part('getHeaderRowRange', (t) => ({ ...t.rect, rows: 1 }));
  }
  getDataBodyRange(): Excel.Range {
    return this.part('getDataBodyRange', (t) => (t.rect.rows > 1 ? { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 } : null));
  }
  delete(): void {
    this.queue('delete', [], () => {
      const t = this.need();
      this.context.state.checkWritable(t.sheet);
      const i = this.context.state.tables.indexOf(t);
      if (i >= 0) this.context.state.tables.splice(i, 1);
    });
  }
}
