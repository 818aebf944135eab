import { useCallback, useRef, useState } from 'react';
import { keepOutputs } from '../../core/settings/keep-outputs';
import { describePlanSheets } from '../../core/tables/describe-plan-sheets';
import { scheduleTemplate } from '../../core/tables/schedule-template';
import type { AnalysisResult } from '../../core/plan/analysis';
import type { Lang } from '../../core/words/lang';
import type { WorkbookPort, WriteReport } from '../../core/ports/workbook-port';
import { uiStrings } from '../../core/words/pane-words';
import type { PortQueue } from './use-port-queue';
import type { SettingsStore } from './use-settings-store';
import type { SourceSheet } from './use-source-sheet';

/** Where building the plan tables stands. */
export type BuildState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly done: number; readonly total: number }
  | { readonly phase: 'done'; readonly message: string; readonly sheets: readonly string[] };

export interface BuildOptions {
  /** Runs after the plan sheets are written (a file's workbook is then downloaded); resolves to words to add to the result. */
  readonly afterBuild?: (report: WriteReport) => Promise<string | null>;
  /** Runs after a new schedule sheet is added (a file's copy is then downloaded); resolves to words said instead of the usual. */
  readonly afterCreate?: (sheet: string) => Promise<string | null>;
  /** The year a new schedule sheet is for; defaults to the current year. */
  readonly now?: () => Date;
}

/** What building works on: the workbook, its write queue, the settings, the source sheet and its analysis. */
export interface BuildInputs {
  readonly port: WorkbookPort;
  readonly queue: PortQueue;
  readonly lang: Lang;
  readonly store: SettingsStore;
  readonly source: SourceSheet;
  readonly result: AnalysisResult | null;
  readonly fail: (error: unknown) => void;
}

export interface Build {
  readonly build: BuildState;
  /** Writes the plan sheets for the analysis (a no-op while there is none). */
  buildTables(): void;
  /** Adds an empty schedule sheet and makes it the source. */
  createSchedule(): void;
}

/** Writing into the workbook: the plan sheets from the analysis, or a new schedule sheet to fill in. */
export function useBuild({ port, queue, lang, store, source, result, fail }: BuildInputs, options: BuildOptions = {}): Build {
  const [build, setBuild] = useState<BuildState>({ phase: 'idle' });
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const { flush, current, show } = store;
  const { allSheets, showSheets, select, announce } = source;

  const buildTables = useCallback(() => {
    if (!result?.ok) return;
    const specs = describePlanSheets(result.analysis, lang);
    setBuild({ phase: 'running', done: 0, total: specs.length });
    void (async () => {
      try {
        await flush();
        const report = await queue((p) => p.writePlanSheets(specs, (done, total) => setBuild({ phase: 'running', done, total })));
        const extra = optionsRef.current.afterBuild ? await optionsRef.current.afterBuild(report) : null;
        // The port recorded the sheets it wrote as ours; keep that (core's rule), so they stop being candidates.
        const [sheets, stored] = await Promise.all([port.listSheets(), port.loadSettings()]);
        showSheets(sheets);
        show(keepOutputs(stored, current()));
        const built = report.sheets.map((s) => s.sheet);
        const message = [uiStrings(lang).writeReport(report), extra].filter(Boolean).join(' ');
        setBuild({ phase: 'done', message, sheets: built });
        // In Excel the result should be in front of her: the first table built, its first cell.
        if (port.mode === 'excel' && built.length > 0) port.selectCell(built[0], 'A1').catch(fail);
      } catch (e) {
        setBuild({ phase: 'idle' });
        fail(e);
      }
    })();
  }, [result, lang, flush, queue, port, showSheets, show, current, fail]);

  const createSchedule = useCallback(() => {
    const year = current().year ?? (optionsRef.current.now?.() ?? new Date()).getFullYear();
    void (async () => {
      try {
        const name = await queue((p) => p.createScheduleSheet(scheduleTemplate(lang, year, allSheets)));
        showSheets(await port.listSheets());
        select(name);
        const said = optionsRef.current.afterCreate ? await optionsRef.current.afterCreate(name) : null;
        announce(said ?? uiStrings(lang).newScheduleDone(name));
      } catch (e) {
        fail(e);
      }
    })();
  }, [current, queue, lang, allSheets, showSheets, port, select, announce, fail]);

  return { build, buildTables, createSchedule };
}
