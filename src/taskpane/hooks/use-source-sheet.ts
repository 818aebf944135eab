import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { candidateSheets } from '../../core/sheet/candidate-sheets';
import { resolveSchedule } from '../../core/sheet/resolve-schedule';
import type { Field } from '../../core/sheet/header/header-match';
import type { Grid } from '../../core/sheet/grid';
import type { PlanSettings } from '../../core/settings/plan-settings';
import type { WorkbookPort } from '../../core/ports/workbook-port';
import type { SettingsStore } from './use-settings-store';
import { useWatchedSheet } from './use-watched-sheet';

export interface SourceChoice {
  /** The sheet to read the schedule from; null when the workbook has no candidate. */
  readonly sheet: string | null;
  /** The sheet found by reading, when no saved choice applied. */
  readonly detected: string | null;
  /** The chosen sheet's cells, when they were read while choosing. */
  readonly grid: Grid | null;
}

/**
 * Which sheet is the schedule, as core's `resolveSchedule` decides it for the command line too: the
 * saved choice while it is still a candidate, else the first candidate that reads as a schedule, else
 * the first candidate. `read` is its only contact with the workbook, one sheet at a time and stopping
 * at the first schedule, since inside Excel each read is a round trip.
 */
export async function findSourceSheet(
  sheets: readonly string[],
  stored: PlanSettings,
  read: (sheet: string) => Promise<Grid>,
): Promise<SourceChoice> {
  const found = await resolveSchedule({ names: sheets, read }, stored);
  if (found.by === 'none' || found.by === 'missing') return { sheet: null, detected: null, grid: null };
  return { sheet: found.sheet, detected: found.by === 'detected' ? found.sheet : null, grid: found.grid };
}

export interface SourceSheet extends SourceChoice {
  readonly loading: boolean;
  /** Every visible sheet of the workbook (a new sheet's name must differ from each). */
  readonly allSheets: readonly string[];
  /** The sheets offered as the schedule (not ours, not the settings sheet), the chosen one included. */
  readonly sheets: readonly string[];
  /** What the last source action did, in words. */
  readonly notice: string | null;
  select(sheet: string): void;
  changeColumn(field: Field, letters: string | null): void;
  /** Saves a pending edit, then reads the workbook again. */
  refresh(): void;
  /** Shows the workbook's sheets as they are now (after the pane added some). */
  showSheets(sheets: readonly string[]): void;
  announce(notice: string | null): void;
}

/** The source sheet: which one (found once the workbook is read), its grid, re-read while she edits it. */
export function useSourceSheet(port: WorkbookPort, store: SettingsStore, fail: (error: unknown) => void): SourceSheet {
  const { settings, show: showSettings, update, current, flush } = store;
  const [loading, setLoading] = useState(true);
  const [allSheets, showSheets] = useState<readonly string[]>([]);
  const [choice, setChoice] = useState<SourceChoice>({ sheet: null, detected: null, grid: null });
  const [notice, announce] = useState<string | null>(null);
  const sheetRef = useRef<string | null>(null);

  const showGrid = useCallback((sheet: string, grid: Grid) => {
    if (sheetRef.current === sheet) setChoice((c) => ({ ...c, grid }));
  }, []);
  useWatchedSheet(port, choice.sheet, showGrid, fail);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [sheets, stored] = await Promise.all([port.listSheets(), port.loadSettings()]);
      showSettings(stored);
      showSheets(sheets);
      const found = await findSourceSheet(sheets, stored, (name) => port.readSheet(name));
      sheetRef.current = found.sheet;
      setChoice(found);
    } catch (e) {
      fail(e);
    } finally {
      setLoading(false);
    }
  }, [port, showSettings, fail]);
  useEffect(() => void load(), [load]);

  const select = useCallback(
    (name: string) => {
      announce(null);
      sheetRef.current = name;
      setChoice((c) => ({ ...c, sheet: name, grid: null }));
      // Column overrides belong to the sheet they were made for.
      update({ sheet: name, columns: {} });
      port.readSheet(name).then((grid) => showGrid(name, grid), fail);
    },
    [port, update, showGrid, fail],
  );
  const changeColumn = useCallback(
    (field: Field, letters: string | null) => {
      const columns = { ...(current().columns ?? {}) };
      if (letters) columns[field] = letters;
      else delete columns[field];
      update({ columns });
    },
    [current, update],
  );
  const refresh = useCallback(() => {
    announce(null);
    void flush().then(load);
  }, [flush, load]);

  const candidates = useMemo(() => candidateSheets(allSheets, settings), [allSheets, settings]);
  const sheets = choice.sheet && !candidates.includes(choice.sheet) ? [...candidates, choice.sheet] : candidates;
  return { ...choice, loading, allSheets, sheets, notice, select, changeColumn, refresh, showSheets, announce };
}
