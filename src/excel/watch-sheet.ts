import { cellIn, rowLookup } from '../core/sheet/grid-cells';
import type { Grid } from '../core/sheet/grid';
import { fromHostValue } from './cell-input';
import type { Rect } from './merge-tiles';
import type { OwnWrites } from './own-writes';
import { selectionCells } from './selection-cells';
import { officeErrorCode } from './to-port-error';

export interface WatchOptions {
  readonly debounceMs: number;
  readonly ownWrites: OwnWrites;
  /** Where an error that cannot be returned goes (the removal of a handler after unsubscribing). */
  readonly onError: (error: unknown) => void;
  /** The grid last read of the sheet — what the pane shows — which the selection check compares cells with. */
  readonly baseline: () => Grid | null;
}

/** The selections looked at since the last check, with the current one kept for the next. */
const MAX_VISITED = 32;

/** Failures of a background check that need no one's attention: the sheet went, or Excel is busy. */
const QUIET = /^(ItemNotFound|InvalidObjectPath|InvalidOperationInCellEditMode|InvalidSelection)$/;

/**
 * Calls `onChange` once the user has stopped editing `sheet` for `debounceMs`.
 *
 * Edits arrive as worksheet.onChanged (ExcelApi 1.7). Changes the add-in made itself are ignored:
 * by the event's triggerSource where the host sends it (ExcelApi 1.14), else by the sheets the
 * add-in is writing (OwnWrites).
 *
 * A value picked from a data-validation drop-down fires no onChanged in Excel on the web
 * (office-js #3888, #4066; in Excel on Windows too, #420), and 新建活动安排表 makes such lists.
 * So the cells the user selects are noted from worksheet.onSelectionChanged (ExcelApi 1.7, no
 * round trip) and, once the selection has rested for `debounceMs`, read in one small round trip
 * and compared with the grid last read (`baseline`): only a difference calls `onChange`, which
 * re-reads the sheet. The active cell when watching begins is noted as well.
 *
 * Every batch waits for the end of cell editing (delayForCellEdit). Resolves, once Excel has
 * registered the handlers, to the function that stops watching.
 */
export async function watchSheet(sheet: string, onChange: () => void, options: WatchOptions): Promise<() => void> {
  let stopped = false;
  const changed = debounce(options.debounceMs, () => {
    if (!stopped) onChange();
  });
  const visited = new Visited();
  const check = singleFlight(async () => {
    const rects = visited.take();
    const baseline = options.baseline();
    if (stopped || baseline === null || rects.length === 0) return;
    try {
      if (await differs(sheet, rects, baseline)) changed.schedule();
    } catch (error) {
      if (!QUIET.test(officeErrorCode(error))) options.onError(error);
    }
  });
  const settled = debounce(options.debounceMs, () => {
    if (!stopped) check();
  });
  const handlers: Handlers = {
    changed: async (event) => {
      if (stopped || event.triggerSource === 'ThisLocalAddin' || options.ownWrites.covers(sheet)) return;
      changed.schedule();
    },
    selectionChanged: async (event) => {
      if (stopped) return;
      visited.add(selectionCells(event.address));
      settled.schedule();
    },
  };
  const registrations = await register(sheet, handlers, visited);
  return () => {
    if (stopped) return;
    stopped = true;
    changed.cancel();
    settled.cancel();
    Excel.run(registrations[0].context, async (context) => {
      for (const r of registrations) r.remove();
      await context.sync();
    }).catch((error: unknown) => {
      // A deleted sheet takes its handlers with it: nothing is left to remove.
      if (!/^(ItemNotFound|InvalidObjectPath)$/.test(officeErrorCode(error))) options.onError(error);
    });
  };
}

interface Handlers {
  readonly changed: (event: Excel.WorksheetChangedEventArgs) => Promise<void>;
  readonly selectionChanged: (event: Excel.WorksheetSelectionChangedEventArgs) => Promise<void>;
}

type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs | Excel.WorksheetSelectionChangedEventArgs>;

/**
 * Adds both handlers and notes the active cell, in one round trip. The active cell is asked first:
 * should Excel refuse it (the selection is a chart, say), nothing after it ran, and the handlers
 * are added again without it.
 */
async function register(sheet: string, handlers: Handlers, visited: Visited): Promise<Registration[]> {
  const add = (context: Excel.RequestContext): Registration[] => {
    const ws = context.workbook.worksheets.getItem(sheet);
    return [ws.onChanged.add(handlers.changed), ws.onSelectionChanged.add(handlers.selectionChanged)];
  };
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const active = context.workbook.getActiveCell();
      active.load('rowIndex,columnIndex');
      active.worksheet.load('name');
      const registrations = add(context);
      await context.sync();
      if (active.worksheet.name.toLowerCase() === sheet.toLowerCase()) {
        visited.add([{ row: active.rowIndex, col: active.columnIndex, rows: 1, cols: 1 }]);
      }
      return registrations;
    });
  } catch (error) {
    if (/^(ItemNotFound|ApiNotFound|InvalidOperationInCellEditMode)$/.test(officeErrorCode(error))) throw error;
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const registrations = add(context);
      await context.sync();
      return registrations;
    });
  }
}

/** Whether any of the cells now holds another value than the grid last read shows. */
async function differs(sheet: string, rects: readonly Rect[], baseline: Grid): Promise<boolean> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = rects.map((r) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols).load('values'));
    await context.sync();
    const row = rowLookup(baseline);
    return rects.some((r, i) =>
      ranges[i].values.some((values, dr) => values.some((v, dc) => !sameValue(fromHostValue(v), cellIn(row(r.row + dr), r.col + dc)))),
    );
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The selected areas since the last check; taking them keeps the latest, where the user still is. */
class Visited {
  private rects: Rect[] = [];
  private latest: readonly Rect[] = [];

  add(rects: readonly Rect[]): void {
    if (rects.length === 0) return;
    this.rects.push(...rects);
    if (this.rects.length > MAX_VISITED) this.rects.splice(0, this.rects.length - MAX_VISITED);
    this.latest = rects;
  }

  take(): Rect[] {
    const taken = this.rects;
    this.rects = [...this.latest];
    return dedupe(taken);
  }
}

function dedupe(rects: readonly Rect[]): Rect[] {
  const seen = new Set<string>();
  return rects.filter((r) => {
    const key = `${r.row},${r.col},${r.rows},${r.cols}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A function run `ms` after its last scheduling. */
function debounce(ms: number, fn: () => void): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Runs `task` one at a time: a call while it runs makes it run once more afterwards. */
function singleFlight(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const go = (): void => {
    running = true;
    again = false;
    task().finally(() => {
      running = false;
      if (again) go();
    });
  };
  return () => {
    if (running) again = true;
    else go();
  };
}
