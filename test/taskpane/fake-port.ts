import type { Grid } from '../../src/core/sheet/grid';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import type { FileKind } from '../../src/core/ports/workbook-data';
import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import { PortError, type WorkbookPort, type WriteReport } from '../../src/core/ports/workbook-port';
import type { PlanSettings } from '../../src/core/settings/plan-settings';
import type { ScheduleTemplate } from '../../src/core/tables/schedule-template';
import { chooseOutputNames } from '../../src/core/tables/choose-output-names';
import { keepOutputs } from '../../src/core/settings/keep-outputs';
import { recordOutputs } from '../../src/core/settings/record-outputs';
import { tableHeaders } from '../../src/core/tables/table-headers';

/**
 * An in-memory WorkbookPort for pane tests: sheets are grids, every call is
 * recorded, and a test can make the next call of a method fail or fire the
 * change callback of a watched sheet. It keeps the contract of the real ports
 * (test/ports): only sheets the settings record as ours are replaced, a user's
 * sheet keeps its name, and only a write changes the record of our outputs.
 */
export class FakePort implements WorkbookPort {
  readonly mode: 'excel' | 'file';
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly grids = new Map<string, Grid>();
  /** The table each sheet holds (only the plan sheets have one here). */
  private readonly tables = new Map<string, string>();
  settings: PlanSettings;
  written: readonly SheetSpec[] = [];
  private readonly failures = new Map<string, PortError>();
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(grids: readonly Grid[], options: { mode?: 'excel' | 'file'; settings?: PlanSettings } = {}) {
    this.mode = options.mode ?? 'excel';
    this.settings = options.settings ?? {};
    for (const g of grids) this.grids.set(g.sheetName, g);
  }

  /** The next call of `method` rejects with this error. */
  failNext(method: keyof WorkbookPort, error: PortError): void {
    this.failures.set(method, error);
  }

  /** What the user would do in Excel: replace a sheet's cells, then Excel fires onChanged. */
  edit(grid: Grid): void {
    this.grids.set(grid.sheetName, grid);
    for (const cb of this.watchers.get(grid.sheetName) ?? []) cb();
  }

  callsOf(method: keyof WorkbookPort): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async record<T>(method: keyof WorkbookPort, args: unknown[], run: () => T): Promise<T> {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
    return run();
  }

  listSheets(): Promise<readonly string[]> {
    return this.record('listSheets', [], () => [...this.grids.keys()]);
  }

  readSheet(name: string): Promise<Grid> {
    return this.record('readSheet', [name], () => {
      const grid = this.grids.get(name);
      if (!grid) throw new PortError('sheet_not_found', name);
      return grid;
    });
  }

  writePlanSheets(specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void): Promise<WriteReport> {
    return this.record('writePlanSheets', [specs], () => {
      this.written = specs;
      const tables: Record<string, string[]> = {};
      for (const name of this.grids.keys()) tables[name] = this.tables.has(name) ? [this.tables.get(name) ?? ''] : [];
      const targets = chooseOutputNames(specs, { sheets: [...this.grids.keys()], tables }, this.settings);
      const sheets = specs.map((s, i) => {
        const target = targets[i] ?? { key: s.key, sheet: s.name, table: s.tableName, replace: false };
        onProgress?.(i + 1, specs.length);
        // A replaced sheet keeps its place in the Map's order, as the real ports put it back where it was.
        this.grids.set(target.sheet, gridFromValues(target.sheet, [tableHeaders(s.columns.map((c) => c.header)), ...s.rows]));
        this.tables.set(target.sheet, target.table);
        return { key: s.key, sheet: target.sheet, table: target.table, rows: s.rows.length, replaced: target.replace };
      });
      this.settings = recordOutputs(this.settings, targets);
      return { sheets };
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.record('selectCell', [sheet, address], () => undefined);
  }

  watchSheet(sheet: string, onChange: () => void): Promise<() => void> {
    return this.record('watchSheet', [sheet], () => {
      const set = this.watchers.get(sheet) ?? new Set();
      set.add(onChange);
      this.watchers.set(sheet, set);
      return () => set.delete(onChange);
    });
  }

  loadSettings(): Promise<PlanSettings> {
    return this.record('loadSettings', [], () => this.settings);
  }

  saveSettings(settings: PlanSettings): Promise<void> {
    return this.record('saveSettings', [settings], () => {
      // `outputs` is the record of which sheets are ours: only a write may change it (core's rule).
      this.settings = keepOutputs(this.settings, settings);
    });
  }

  createScheduleSheet(spec: ScheduleTemplate): Promise<string> {
    return this.record('createScheduleSheet', [spec], () => {
      this.grids.set(spec.name, gridFromValues(spec.name, [[spec.title, ...spec.headers.slice(1).map(() => null)], [...spec.headers]]));
      return spec.name;
    });
  }
}

/** A FakePort in file mode with what a download needs, like src/xlsx/file-port. */
export class FakeFilePort extends FakePort {
  readonly fileName: string;
  /** Set by a test to stand for a file that was not OOXML. */
  valuesOnlyCopy = false;
  constructor(grids: readonly Grid[], fileName: string, settings: PlanSettings = {}) {
    super(grids, { mode: 'file', settings });
    this.fileName = fileName;
  }
  toBytes(): Promise<Uint8Array> {
    return Promise.resolve(new TextEncoder().encode(JSON.stringify([...this.grids.keys()])));
  }
  isChanged(): boolean {
    return this.written.length > 0;
  }
  extension(): 'xlsx' {
    return 'xlsx';
  }
  valuesOnly(): boolean {
    return this.valuesOnlyCopy;
  }
  /** What a test says the opened file was read as. */
  kind: FileKind = 'xlsx';
  openedKind(): Promise<FileKind> {
    return Promise.resolve(this.kind);
  }
}
