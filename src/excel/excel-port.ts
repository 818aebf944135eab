import { SETTINGS_SHEET, settingsToRows } from '../core/plan-settings';
import type { Grid, SheetSpec } from '../core/types';
import { PortError, type PlanSettings, type ScheduleTemplate, type WorkbookPort, type WriteReport } from '../core/workbook-port';
import { toCellInput } from './cell-input';
import { createScheduleSheet } from './create-schedule-sheet';
import { OwnWrites } from './own-writes';
import { readSettings } from './read-settings';
import { readSheet } from './read-sheet';
import { requireApi } from './requirements';
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
 * 5 MB response: two, plus one per block); writePlanSheets two (plus one per
 * 5 MB block of rows) — so reading and building take three.
 */
export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const ownWrites = new OwnWrites();
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

    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await context.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
      }),

    readSheet: (name: string): Promise<Grid> => run((context) => readSheet(context, name), '1.4', 'reading a sheet'),

    writePlanSheets: async (specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void): Promise<WriteReport> => {
      let end: (() => void) | undefined;
      try {
        return await run(
          (context) => writePlanSheets(context, specs, { onProgress, onWriting: (sheets) => (end = ownWrites.begin(sheets)) }),
          '1.7',
          'writing the plan tables',
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
        return await watchSheet(sheet, onChange, { debounceMs, ownWrites, onError });
      } catch (error) {
        throw toPortError(error);
      }
    },

    loadSettings: (): Promise<PlanSettings> => run(async (context) => (await readSettings(context)).settings, '1.4', 'reading settings'),

    saveSettings: async (settings: PlanSettings): Promise<void> => {
      const end = ownWrites.begin([SETTINGS_SHEET]);
      try {
        await run(
          async (context) => {
            const { settings: stored, exists } = await readSettings(context);
            // Only writePlanSheets says which sheets are ours: a late save must not make us forget them.
            const rows = settingsToRows({ ...settings, outputs: stored.outputs });
            const ws = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
            if (exists) ws.getRange().clear('Contents');
            ws.getRangeByIndexes(0, 0, rows.length, 2).values = rows.map((row) => row.map(toCellInput));
            if (!exists) ws.visibility = 'VeryHidden';
            await context.sync();
          },
          '1.4',
          'saving settings',
        );
      } finally {
        end();
      }
    },

    createScheduleSheet: async (spec: ScheduleTemplate): Promise<string> => {
      const end = ownWrites.begin([spec.name]);
      try {
        return await run((context) => createScheduleSheet(context, spec), '1.8', 'drop-down lists in a new schedule sheet');
      } finally {
        end();
      }
    },
  };
}

/** Runs a batch in Excel (after checking the requirement set it needs), turning any failure into a PortError. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, version?: string, feature?: string): Promise<T> {
  try {
    if (typeof Excel === 'undefined') throw new PortError('api_unsupported', 'Excel JavaScript API');
    if (version) requireApi(version, feature ?? '');
    return await Excel.run(batch);
  } catch (error) {
    throw toPortError(error);
  }
}
