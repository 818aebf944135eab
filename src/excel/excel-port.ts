import { keepOutputs } from '../core/settings/keep-outputs';
import { SETTINGS_SHEET } from '../core/settings/plan-settings';
import type { Grid } from '../core/sheet/grid';
import type { SheetSpec } from '../core/tables/sheet-spec';
import { PortError, type WorkbookPort, type WriteReport } from '../core/ports/workbook-port';
import type { PlanSettings } from '../core/settings/plan-settings';
import type { ScheduleTemplate } from '../core/tables/schedule-template';
import { toCellInput } from './cell-input';
import { createScheduleSheet } from './create-schedule-sheet';
import { OwnWrites } from './own-writes';
import { readSettings } from './read-settings';
import { readSheet } from './read-sheet';
import { requireApi } from './requirements';
import { settingsRows } from './settings-rows';
import { toPortError } from './to-port-error';
import { watchSheet } from './watch-sheet';
import { writePlanSheets } from './write-plan-sheets';

export interface ExcelPortOptions {
  /** How long the user must pause before a watched sheet counts as changed (default 500 ms). */
  readonly debounceMs?: number;
  /** Where an error goes that no promise can carry (removing an event handler after unsubscribing); default: rethrown. */
  readonly onError?: (error: unknown) => void;
}

/**
 * The WorkbookPort over the live workbook, through Office.js. Every method
 * rejects with a PortError whose code the task pane turns into words:
 * cell_edit_mode, sheet_protected, payload_too_large, api_unsupported,
 * sheet_not_found, or unknown (with Excel's own message as `detail`).
 *
 * Round trips: readSheet one (for a sheet too large for Excel on the web's
 * 5 MB response: two, plus one per block, plus one for its merged areas);
 * writePlanSheets two (plus one per 5 MB block of rows) — so reading and
 * building take three.
 *
 * Cell-edit mode: the reads and the background writes (settings) are run with
 * delayForCellEdit, so they wait for the user to leave the cell instead of
 * failing (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit);
 * the actions the user starts with a button (build, new schedule sheet, go to a
 * cell) are not, so that they fail at once with words — Excel stays in edit
 * mode when the pane is clicked (office-js #806, #3388), and a button that
 * silently waits looks broken. A host that ignores the option fails as before
 * (cell_edit_mode).
 */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const ownWrites = new OwnWrites();
  // The last grid read of each sheet: what a watched sheet's selection check compares with.
  const lastRead = new Map<string, Grid>();
  const debounceMs = options.debounceMs ?? 500;
  const onError =
    options.onError ??
    ((error: unknown) => {
      queueMicrotask(() => {
        throw error;
      });
    });

  return {
    mode: 'excel',

    listSheets: () => run(listVisibleSheets, { delay: true }),

    readSheet: async (name: string): Promise<Grid> => {
      const grid = await run((context) => readSheet(context, name), { version: '1.4', feature: 'reading a sheet', delay: true });
      lastRead.set(name.toLowerCase(), grid);
      return grid;
    },

    writePlanSheets: async (specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void): Promise<WriteReport> => {
      let end: (() => void) | undefined;
      try {
        return await run(
          (context) => writePlanSheets(context, specs, { onProgress, onWriting: (sheets) => (end = ownWrites.begin(sheets)) }),
          { version: '1.7', feature: 'writing the plan tables' },
        );
      } finally {
        end?.();
      }
    },

    selectCell: (sheet: string, address: string) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    watchSheet: async (sheet: string, onChange: () => void) => {
      try {
        requireApi('1.7', 'watching a sheet for changes');
        const baseline = (): Grid | null => lastRead.get(sheet.toLowerCase()) ?? null;
        return await watchSheet(sheet, onChange, { debounceMs, ownWrites, onError, baseline });
      } catch (error) {
        throw toPortError(error);
      }
    },

    loadSettings: (): Promise<PlanSettings> =>
      run(async (context) => (await readSettings(context)).settings, { version: '1.4', feature: 'reading settings', delay: true }),

    saveSettings: async (settings: PlanSettings): Promise<void> => {
      const end = ownWrites.begin([SETTINGS_SHEET]);
      try {
        await run((context) => saveSettings(context, settings), { version: '1.4', feature: 'saving settings', delay: true });
      } finally {
        end();
      }
    },

    createScheduleSheet: async (spec: ScheduleTemplate): Promise<string> => {
      const end = ownWrites.begin([spec.name]);
      try {
        const feature = 'drop-down lists in a new schedule sheet';
        return await run((context) => createScheduleSheet(context, spec), { version: '1.8', feature });
      } finally {
        end();
      }
    },
  };
}

async function listVisibleSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
}

/**
 * Writes the settings into the very hidden settings sheet, adding it if need be: two round trips.
 * A setting too long for a cell, or structure protection where the sheet must be added, stops it
 * in words before anything is written.
 */
async function saveSettings(context: Excel.RequestContext, settings: PlanSettings): Promise<void> {
  const { settings: stored, exists, structureProtected } = await readSettings(context, true);
  // Only writePlanSheets says which sheets are ours: a late save must not make us forget them.
  const rows = settingsRows(keepOutputs(stored, settings));
  if (!exists && structureProtected) throw new PortError('workbook_protected', 'the settings go in a sheet of their own');
  const ws = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
  if (exists) ws.getRange().clear('Contents');
  ws.getRangeByIndexes(0, 0, rows.length, 2).values = rows.map((row) => row.map(toCellInput));
  if (!exists) ws.visibility = 'VeryHidden';
  await context.sync();
}

interface RunOptions {
  /** The ExcelApi set the batch needs, checked first, and what it is for (named in the error). */
  readonly version?: string;
  readonly feature?: string;
  /** Wait for the user to leave cell-edit mode rather than fail (RunOptions.delayForCellEdit). */
  readonly delay?: boolean;
}

/** Runs a batch in Excel (after checking the requirement set it needs), turning any failure into a PortError. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
  try {
    if (typeof Excel === 'undefined') throw new PortError('api_unsupported', 'Excel JavaScript API');
    if (options.version) requireApi(options.version, options.feature ?? '');
    return await (options.delay ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch));
  } catch (error) {
    throw toPortError(error);
  }
}
