import type { Grid, SheetSpec } from '../core/types';
import { PortError, type PlanSettings, type ScheduleTemplate, type WorkbookPort, type WriteReport } from '../core/workbook-port';
import { addScheduleSheet } from './add-schedule-sheet';
import type { LostPart } from './find-lost-parts';
import { readWorkbook, type WorkbookData } from './read-workbook';
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
   */
  toBytes(): Promise<Uint8Array>;
  /** True once the workbook differs from the file the user opened. */
  isChanged(): boolean;
  /** What the last rewrite could not carry over from the opened file (charts, pivot tables …). */
  lostParts(): readonly LostPart[];
}

/**
 * A workbook port over an .xlsx file in memory, for the task pane's file mode.
 * Files never leave the page: reading and writing happen on bytes, and the
 * opened bytes are never modified — every change makes a new copy. Settings
 * live in memory and go into the copy's `_plansheet` sheet when one is written
 * or downloaded. There is no selection to move and nobody else editing, so
 * `selectCell` and `watchSheet` do nothing.
 *
 * @example
 * const port = createFilePort(await file.arrayBuffer(), file.name);
 * await port.listSheets() //=> ['活动安排', '说明']
 */
export function createFilePort(bytes: Uint8Array | ArrayBuffer, fileName: string): FilePort {
  let current: Uint8Array = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
  let data: Promise<WorkbookData> | null = null;
  let settings: PlanSettings | null = null;
  let settingsWritten = true;
  let changed = false;
  let lost: readonly LostPart[] = [];
  // Changes run one after another, so a write never starts from bytes that another is replacing.
  let queue: Promise<unknown> = Promise.resolve();

  const workbook = (): Promise<WorkbookData> => {
    if (!data) data = readWorkbook(current);
    return data;
  };
  const currentSettings = async (): Promise<PlanSettings> => {
    if (settings === null) settings = (await workbook()).settings;
    return settings;
  };
  const replaceBytes = (next: Uint8Array): void => {
    current = next;
    data = null;
    changed = true;
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return asPortError(run);
  };

  return {
    mode: 'file',
    fileName,

    listSheets: () => asPortError(workbook().then((d) => d.sheets.map((s) => s.sheetName))),

    readSheet: (name: string) =>
      asPortError(
        workbook().then((d): Grid => {
          const grid = d.sheets.find((s) => s.sheetName === name);
          if (!grid) throw new PortError('sheet_not_found', name);
          return grid;
        }),
      ),

    writePlanSheets: (specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void) =>
      serial(async (): Promise<WriteReport> => {
        const result = await writePlanWorkbook(current, specs, await currentSettings(), { onProgress });
        replaceBytes(result.bytes);
        settings = result.settings;
        settingsWritten = true;
        lost = result.lost;
        return result.report;
      }),

    selectCell: async () => undefined,

    watchSheet: async () => () => undefined,

    loadSettings: () => asPortError(currentSettings()),

    saveSettings: (next: PlanSettings) =>
      serial(async () => {
        // `outputs` is the record of which sheets are ours: only a write may change it.
        const outputs = (await currentSettings()).outputs;
        settings = outputs === undefined ? withoutOutputs(next) : { ...withoutOutputs(next), outputs };
        settingsWritten = false;
      }),

    createScheduleSheet: (template: ScheduleTemplate) =>
      serial(async () => {
        replaceBytes(await addScheduleSheet(current, template));
        return template.name;
      }),

    toBytes: () =>
      serial(async () => {
        if (!settingsWritten && settings !== null) {
          const next = await writeSettings(current, settings);
          replaceBytes(next);
          settingsWritten = true;
        }
        return current.slice();
      }),

    isChanged: () => changed || !settingsWritten,

    lostParts: () => lost,
  };
}

function withoutOutputs(settings: PlanSettings): PlanSettings {
  const { outputs: _ignored, ...rest } = settings;
  return rest;
}

/** Every rejection of a port is a PortError, so the pane can always put it into words. */
function asPortError<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof PortError) throw error;
    throw new PortError('unknown', error instanceof Error ? error.message : String(error));
  });
}
