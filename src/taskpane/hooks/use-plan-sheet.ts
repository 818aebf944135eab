import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { analyzeOptionsFromSettings } from '../../core/settings/analyze-options-from-settings';
import { analyzeSheet } from '../../core/plan/analyze-sheet';
import { candidateSheets } from '../../core/sheet/candidate-sheets';
import { chooseSourceSheet } from '../../core/sheet/choose-source-sheet';
import { describePlanSheets } from '../../core/tables/describe-plan-sheets';
import { findScheduleSheet } from '../../core/sheet/find-schedule-sheet';
import { mergeSettings } from '../../core/settings/merge-settings';
import { scheduleTemplate } from '../../core/tables/schedule-template';
import type { AnalysisResult } from '../../core/plan/analysis';
import type { Field } from '../../core/sheet/header/header-match';
import type { Grid } from '../../core/sheet/grid';
import type { Issue } from '../../core/issues/issue';
import type { Lang } from '../../core/words/lang';
import type { PlanSettings } from '../../core/settings/plan-settings';
import type { WorkbookPort, WriteReport } from '../../core/ports/workbook-port';
import type { BuildState } from '../components/MainActions';
import { describeError } from '../describe-error';
import { serialQueue } from '../lib/serial-queue';
import { uiStrings } from '../../core/words/pane-words';

/** Typing settles this long before the settings are written to the workbook. */
export const SAVE_DELAY_MS = 600;

export interface PlanSheetState {
  readonly loading: boolean;
  /** Sheets that may hold the schedule (not ours, not the settings sheet). */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly detected: string | null;
  readonly grid: Grid | null;
  readonly result: AnalysisResult | null;
  readonly settings: PlanSettings;
  /** The last error, in words. */
  readonly error: string | null;
  /** What the last source action did, in words. */
  readonly notice: string | null;
  readonly build: BuildState;
}

export interface PlanSheetActions {
  selectSheet(sheet: string): void;
  changeColumn(field: Field, letters: string | null): void;
  updateSettings(patch: PlanSettings): void;
  createSchedule(): void;
  refresh(): void;
  buildTables(): void;
  selectIssue(issue: Issue & { cell: string }): void;
  /** Activates a sheet (one just built) and selects its first cell. */
  goToSheet(sheet: string): void;
  dismissError(): void;
  /** Shows an error from an action outside this hook (copy, download). */
  reportError(error: unknown): void;
}

export interface UsePlanSheetOptions {
  /**
   * Runs after the plan sheets are written (a file's workbook is then downloaded);
   * resolves to words to add to the result.
   */
  readonly afterBuild?: (report: WriteReport) => Promise<string | null>;
  /**
   * Runs after a new schedule sheet is added (a file's copy is then downloaded); resolves to the words
   * that say what happened, in place of the usual ones.
   */
  readonly afterCreate?: (sheet: string) => Promise<string | null>;
  /** The year a new schedule sheet is for; defaults to the current year. */
  readonly now?: () => Date;
}

/**
 * The pane's state over one workbook port: finds the schedule sheet, analyses it,
 * re-reads it when it changes, keeps the settings (saved, debounced, with the
 * workbook) and builds the plan tables. Everything that decides lives in core;
 * this hook sequences the port calls and turns failures into words.
 */
export function usePlanSheet(port: WorkbookPort, lang: Lang, options: UsePlanSheetOptions = {}): [PlanSheetState, PlanSheetActions] {
  const words = uiStrings(lang);
  const [loading, setLoading] = useState(true);
  const [allSheets, setAllSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [detected, setDetected] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [settings, setSettings] = useState<PlanSettings>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [build, setBuild] = useState<BuildState>({ phase: 'idle' });

  const settingsRef = useRef<PlanSettings>({});
  const sheetRef = useRef<string | null>(null);
  const queue = useMemo(() => serialQueue(), [port]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savePending = useRef(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const fail = useCallback((e: unknown) => setError(describeError(e, lang)), [lang]);

  const showSettings = useCallback((next: PlanSettings) => {
    settingsRef.current = next;
    setSettings(next);
  }, []);

  const flushSave = useCallback((): Promise<void> => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (!savePending.current) return Promise.resolve();
    savePending.current = false;
    return queue(async () => {
      const stored = await port.loadSettings();
      await port.saveSettings(mergeSettings(stored, settingsRef.current));
    }).catch(fail);
  }, [port, queue, fail]);

  const updateSettings = useCallback(
    (patch: PlanSettings) => {
      showSettings({ ...settingsRef.current, ...patch });
      savePending.current = true;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void flushSave(), SAVE_DELAY_MS);
    },
    [showSettings, flushSave],
  );

  // Closing the pane or the tab must not lose the last few keystrokes.
  useEffect(() => {
    const flush = () => void flushSave();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flushSave]);

  const showSheet = useCallback((name: string | null, found: Grid | null) => {
    sheetRef.current = name;
    setSheet(name);
    setGrid(found);
  }, []);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [sheets, stored] = await Promise.all([port.listSheets(), port.loadSettings()]);
      showSettings(stored);
      setAllSheets(sheets);
      const candidates = candidateSheets(sheets, stored);
      const analyzeOptions = analyzeOptionsFromSettings(stored);
      let found: { name: string; grid: Grid } | null = null;
      let first: Grid | null = null;
      let detectedName: string | null = null;
      if (stored.sheet !== undefined && candidates.includes(stored.sheet)) {
        found = { name: stored.sheet, grid: await port.readSheet(stored.sheet) };
      } else {
        // One sheet at a time, stopping at the first schedule: inside Excel each read is a round trip.
        for (const name of candidates) {
          const read = await port.readSheet(name);
          first ??= read;
          if (findScheduleSheet([read], analyzeOptions)?.result.ok) {
            detectedName = name;
            found = { name, grid: read };
            break;
          }
        }
      }
      const chosen = found?.name ?? chooseSourceSheet(candidates, stored.sheet, detectedName);
      setDetected(detectedName);
      showSheet(chosen, found?.grid ?? (chosen && first?.sheetName === chosen ? first : null));
    } catch (e) {
      fail(e);
    } finally {
      setLoading(false);
    }
  }, [port, showSettings, showSheet, fail]);

  useEffect(() => {
    void load();
  }, [load]);

  // Re-read the sheet when the user edits it (the port debounces and ignores our own writes).
  useEffect(() => {
    if (!sheet) return;
    let alive = true;
    let unsubscribe: (() => void) | null = null;
    const reread = () => {
      port.readSheet(sheet).then((g) => {
        if (alive && sheetRef.current === sheet) setGrid(g);
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
  }, [port, sheet, fail]);

  const analyzeKey = JSON.stringify(analyzeOptionsFromSettings(settings));
  const result = useMemo(
    () => (grid ? analyzeSheet(grid, JSON.parse(analyzeKey) as ReturnType<typeof analyzeOptionsFromSettings>) : null),
    [grid, analyzeKey],
  );

  const selectSheet = useCallback(
    (name: string) => {
      setNotice(null);
      showSheet(name, null);
      // Column overrides belong to the sheet they were made for.
      updateSettings({ sheet: name, columns: {} });
      port.readSheet(name).then((g) => {
        if (sheetRef.current === name) setGrid(g);
      }, fail);
    },
    [port, showSheet, updateSettings, fail],
  );

  const changeColumn = useCallback(
    (field: Field, letters: string | null) => {
      const columns = { ...(settingsRef.current.columns ?? {}) };
      if (letters) columns[field] = letters;
      else delete columns[field];
      updateSettings({ columns });
    },
    [updateSettings],
  );

  const refresh = useCallback(() => {
    setNotice(null);
    void flushSave().then(load);
  }, [flushSave, load]);

  const createSchedule = useCallback(() => {
    const year = settingsRef.current.year ?? (optionsRef.current.now?.() ?? new Date()).getFullYear();
    void (async () => {
      try {
        const template = scheduleTemplate(lang, year, allSheets);
        const name = await queue(() => port.createScheduleSheet(template));
        setAllSheets(await port.listSheets());
        selectSheet(name);
        const said = optionsRef.current.afterCreate ? await optionsRef.current.afterCreate(name) : null;
        setNotice(said ?? words.newScheduleDone(name));
      } catch (e) {
        fail(e);
      }
    })();
  }, [lang, allSheets, queue, port, selectSheet, words, fail]);

  const buildTables = useCallback(() => {
    if (!result?.ok) return;
    const specs = describePlanSheets(result.analysis, lang);
    setBuild({ phase: 'running', done: 0, total: specs.length });
    void (async () => {
      try {
        await flushSave();
        const report = await queue(() =>
          port.writePlanSheets(specs, (done, total) => setBuild({ phase: 'running', done, total })),
        );
        const extra = optionsRef.current.afterBuild ? await optionsRef.current.afterBuild(report) : null;
        // The port recorded the sheets it wrote as ours; keep that, so they stop being candidates.
        const [sheets, stored] = await Promise.all([port.listSheets(), port.loadSettings()]);
        setAllSheets(sheets);
        showSettings({ ...settingsRef.current, outputs: stored.outputs });
        const built = report.sheets.map((s) => s.sheet);
        setBuild({ phase: 'done', message: [words.writeReport(report), extra].filter(Boolean).join(' '), sheets: built });
        // In Excel the result should be in front of her: the first table built, its first cell.
        if (port.mode === 'excel' && built.length > 0) port.selectCell(built[0], 'A1').catch(fail);
      } catch (e) {
        setBuild({ phase: 'idle' });
        fail(e);
      }
    })();
  }, [result, lang, flushSave, queue, port, showSettings, words, fail]);

  const selectIssue = useCallback(
    (issue: Issue & { cell: string }) => {
      port.selectCell(issue.sheet, issue.cell).catch(fail);
    },
    [port, fail],
  );

  const goToSheet = useCallback(
    (name: string) => {
      port.selectCell(name, 'A1').catch(fail);
    },
    [port, fail],
  );

  const candidates = useMemo(() => candidateSheets(allSheets, settings), [allSheets, settings]);

  const state: PlanSheetState = {
    loading,
    sheets: sheet && !candidates.includes(sheet) ? [...candidates, sheet] : candidates,
    sheet,
    detected,
    grid,
    result,
    settings,
    error,
    notice,
    build,
  };
  const dismissError = useCallback(() => setError(null), []);
  const actions = useMemo<PlanSheetActions>(
    () => ({
      selectSheet,
      changeColumn,
      updateSettings,
      createSchedule,
      refresh,
      buildTables,
      selectIssue,
      goToSheet,
      dismissError,
      reportError: fail,
    }),
    [selectSheet, changeColumn, updateSettings, createSchedule, refresh, buildTables, selectIssue, goToSheet, dismissError, fail],
  );
  return [state, actions];
}
