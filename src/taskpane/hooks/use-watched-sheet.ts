import { useEffect } from 'react';
import type { Grid } from '../../core/sheet/grid';
import type { WorkbookPort } from '../../core/ports/workbook-port';

/**
 * Re-reads `sheet` whenever the user edits it and hands the new grid to `onRead` with the sheet's name
 * (the port debounces and ignores our own writes). Stops watching when the sheet or the port changes.
 */
export function useWatchedSheet(
  port: WorkbookPort,
  sheet: string | null,
  onRead: (sheet: string, grid: Grid) => void,
  fail: (error: unknown) => void,
): void {
  useEffect(() => {
    if (!sheet) return;
    let alive = true;
    let unsubscribe: (() => void) | null = null;
    const reread = () => {
      port.readSheet(sheet).then((grid) => {
        if (alive) onRead(sheet, grid);
      }, fail);
    };
    port.watchSheet(sheet, reread).then((stop) => {
      if (alive) unsubscribe = stop;
      else stop();
    }, fail);
    return () => {
      alive = false;
      unsubscribe?.();
    };
  }, [port, sheet, onRead, fail]);
}
