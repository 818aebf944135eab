import type { Grid } from '../core/sheet/grid';
import type { SheetSpec } from '../core/tables/sheet-spec';
import { PortError, type WorkbookPort, type WriteReport } from '../core/ports/workbook-port';
import { keepOutputs } from '../core/settings/keep-outputs';
import type { PlanSettings } from '../core/settings/plan-settings';
import type { ScheduleTemplate } from '../core/tables/schedule-template';
import { addScheduleSheet } from './add-schedule-sheet';
import { contentTypeOf, workbookExtension } from './package/edit-content-types';
import { openPackage } from './package/open-package';
import { readWorkbook, type WorkbookData } from './read-workbook';
import type { FileKind } from '../core/ports/workbook-data';
import { writablePackage } from './values-workbook';
import type { WorkbookExtension } from './workbook-mime';
import { writePlanWorkbook } from './write-plan-workbook';
import { writeSettings } from './write-settings';

/** The port over an .xlsx file opened in a plain browser (or in Node), with what a download needs. */
export interface FilePort extends WorkbookPort {
  readonly mode: 'file';
  /** The name of the file the user opened. */
  readonly fileName: string;
  /**
   * The workbook to download: the opened bytes while nothing was changed,
   * otherwise a new copy with the plan sheets, new sheets and settings in it.
   * Always an OOXML workbook: a file of another kind (.xls, .ods, .csv) becomes one.
   */
  toBytes(): Promise<Uint8Array>;
  /** What the workbook `toBytes` gives is called: an .xlsm stays .xlsm. */
  extension(): WorkbookExtension;
  /** True once the workbook differs from the file the user opened. */
  isChanged(): boolean;
  /** True when the opened file was not OOXML: the copy holds its values and merged cells, not its formatting. */
  valuesOnly(): boolean;
  /** What the opened file was read as (an .xls, a CSV …), whatever has been written since. */
  openedKind(): Promise<FileKind>;
}

export interface FilePortOptions {
  /** The reader (default `readWorkbook`); a test gives one that reads a file of another kind. */
  readonly read?: (bytes: Uint8Array) => Promise<WorkbookData>;
}

/**
 * A workbook port over a workbook file in memory, for the task pane's file mode.
 * Files never leave the page: reading and writing happen on bytes, and the
 * opened bytes are never modified — every change makes a new copy through the
 * package writer, which keeps every part of the user's file as it was. Settings
 * live in memory and go into the copy's `_plansheet` sheet when one is written
 * or downloaded. There is no selection to move and nobody else editing, so
 * `selectCell` and `watchSheet` do nothing.
 *
 * @example
 * const port = createFilePort(await file.arrayBuffer(), file.name);
 * await port.listSheets() //=> ['活动安排', '说明']
 */
export function createFilePort(bytes: Uint8Array | ArrayBuffer, fileName: string, options: FilePortOptions = {}): FilePort {
  const file = fileBytes(bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0)), options.read ?? readWorkbook);
  let settings: PlanSettings | null = null;
  let settingsWritten = true;
  // Changes run one after another, so a write never starts from bytes that another is replacing.
  let queue: Promise<unknown> = Promise.resolve();

  const currentSettings = async (): Promise<PlanSettings> => {
    if (settings === null) settings = (await file.workbook()).settings;
    return settings;
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return asPortError(run);
  };

  return {
    mode: 'file',
    fileName,

    listSheets: () => asPortError(file.workbook().then((d) => d.sheets.map((s) => s.sheetName))),

    readSheet: (name: string) =>
      asPortError(
        file.workbook().then((d): Grid => {
          const grid = d.sheets.find((s) => s.sheetName === name);
          if (!grid) throw new PortError('sheet_not_found', name);
          return grid;
        }),
      ),

    writePlanSheets: (specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void) =>
      serial(async (): Promise<WriteReport> => {
        const stored = await currentSettings();
        const result = writePlanWorkbook(await file.writable(), specs, stored, { onProgress });
        file.replace(result.bytes);
        settings = result.settings;
        settingsWritten = true;
        return result.report;
      }),

    selectCell: async () => undefined,

    watchSheet: async () => () => undefined,

    loadSettings: () => asPortError(currentSettings()),

    saveSettings: (next: PlanSettings) =>
      serial(async () => {
        // `outputs` is the record of which sheets are ours: only a write may change it.
        settings = keepOutputs(await currentSettings(), next);
        settingsWritten = false;
      }),

    createScheduleSheet: (template: ScheduleTemplate) =>
      serial(async () => {
        file.replace(addScheduleSheet(await file.writable(), template).bytes);
        return template.name;
      }),

    toBytes: () =>
      serial(async () => {
        if (!settingsWritten && settings !== null) {
          file.replace(writeSettings(await file.writable(), settings).bytes);
          settingsWritten = true;
        }
        return (await file.writable()).slice();
      }),

    extension: () => extensionOf(file.current()),

    isChanged: () => file.changed() || !settingsWritten,

    valuesOnly: () => file.valuesOnly(),

    openedKind: () => asPortError(file.openedKind()),
  };
}

interface FileBytes {
  /** What the current bytes read as (read once per version of the bytes). */
  workbook(): Promise<WorkbookData>;
  /** The bytes as an OOXML package, converting a file of another kind once, on the first write. */
  writable(): Promise<Uint8Array>;
  replace(next: Uint8Array): void;
  current(): Uint8Array;
  changed(): boolean;
  valuesOnly(): boolean;
  openedKind(): Promise<FileKind>;
}

/** The port's bytes: the opened file until a write replaces them, and what they read as. */
function fileBytes(opened: Uint8Array, read: (bytes: Uint8Array) => Promise<WorkbookData>): FileBytes {
  let current = opened;
  let data: Promise<WorkbookData> | null = null;
  let first: Promise<WorkbookData> | null = null;
  let changed = false;
  // Until the first write, `current` may be a file of another kind; afterwards it is always OOXML.
  let packaged = false;
  let valuesOnly = false;
  const self: FileBytes = {
    workbook: () => {
      data ??= read(current);
      first ??= data;
      return data;
    },
    writable: async () => {
      if (!packaged) {
        const converted = writablePackage(current, await self.workbook());
        packaged = true;
        valuesOnly = converted.valuesOnly;
        if (converted.valuesOnly) self.replace(converted.bytes);
      }
      return current;
    },
    replace: (next) => {
      current = next;
      data = null;
      changed = true;
    },
    current: () => current,
    changed: () => changed,
    valuesOnly: () => valuesOnly,
    openedKind: async () => (first ?? self.workbook()).then((d) => d.kind),
  };
  return self;
}

/** What a workbook package is called; 'xlsx' for bytes that are not one (yet). */
function extensionOf(bytes: Uint8Array): WorkbookExtension {
  try {
    const pkg = openPackage(bytes);
    return workbookExtension(contentTypeOf(pkg.text('[Content_Types].xml')?.text ?? '', pkg.workbookPart));
  } catch {
    return 'xlsx';
  }
}

/** Every rejection of a port is a PortError, so the pane can always put it into words. */
function asPortError<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof PortError) throw error;
    throw new PortError('unknown', error instanceof Error ? error.message : String(error));
  });
}
