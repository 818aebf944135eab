import type { OwnWrites } from './own-writes';
import { officeErrorCode } from './to-port-error';

export interface WatchOptions {
  readonly debounceMs: number;
  readonly ownWrites: OwnWrites;
  /** Where an error that cannot be returned goes (the removal of a handler after unsubscribing). */
  readonly onError: (error: unknown) => void;
}

/**
 * Calls `onChange` once the user has stopped editing `sheet` for `debounceMs`
 * (worksheet.onChanged, ExcelApi 1.7). Changes the add-in made itself are
 * ignored: by the event's triggerSource where the host sends it (ExcelApi 1.14),
 * else by the sheets the add-in is writing (OwnWrites). Resolves, once Excel has
 * registered the handler, to the function that stops watching.
 */
export async function watchSheet(sheet: string, onChange: () => void, options: WatchOptions): Promise<() => void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || event.triggerSource === 'ThisLocalAddin' || options.ownWrites.covers(sheet)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) onChange();
    }, options.debounceMs);
  };
  const registration = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(handler);
    await context.sync();
    return result;
  });
  return () => {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    }).catch((error: unknown) => {
      // A deleted sheet takes its handlers with it: nothing is left to remove.
      if (!/^(ItemNotFound|InvalidObjectPath)$/.test(officeErrorCode(error))) options.onError(error);
    });
  };
}
