import type { RefObject } from 'react';
import type { Analysis, AnalysisResult } from '../../../core/plan/analysis';
import type { Issue } from '../../../core/issues/issue';
import type { Lang } from '../../../core/words/lang';
import type { PlanSettings } from '../../../core/settings/plan-settings';
import type { WorkbookPort } from '../../../core/ports/workbook-port';
import type { Build, BuildOptions } from '../../hooks/use-build';
import type { DocActions, RenderDocx } from '../../hooks/use-doc-actions';
import type { PlanDocumentView } from '../../hooks/use-plan-document';
import type { Selection } from '../../hooks/use-selection';
import type { SettingsStore } from '../../hooks/use-settings-store';
import type { SourceSheet } from '../../hooks/use-source-sheet';
import type { UiStrings } from '../../../core/words/pane-words';

export interface PlanSheetAppProps extends Pick<BuildOptions, 'afterBuild' | 'afterCreate'> {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Writes the Word file; given by the entry point, which loads the docx writer only when it is asked for. */
  readonly renderDocx: RenderDocx;
  /** False where the host's webview cannot download a file the page makes (Office for Mac). */
  readonly fileDownloads?: boolean;
  /** Opens this page in the user's browser (through Office), for what the pane cannot do itself. */
  readonly openInBrowser?: () => void;
  /** Moves focus to the result once the workbook is read (after she opened a file). */
  readonly focusResult?: boolean;
}

/** Everything the pane shows, and what each control does: made by usePlanSheetApp, drawn by renderPlanSheetApp. */
export interface PlanSheetAppState {
  readonly lang: Lang;
  readonly strings: UiStrings;
  /** A file opened in the browser rather than a live workbook: no cell to go to, the tables are downloaded. */
  readonly fileMode: boolean;
  /** The last error, in words. */
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly source: SourceSheet;
  readonly settings: PlanSettings;
  readonly updateSettings: SettingsStore['update'];
  readonly result: AnalysisResult | null;
  readonly analysis: Analysis | null;
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly build: Build;
  readonly selection: Selection;
  readonly view: PlanDocumentView;
  readonly doc: DocActions;
  readonly openInBrowser?: () => void;
  readonly resultRef: RefObject<HTMLElement>;
  readonly issuesRef: RefObject<HTMLHeadingElement>;
  /** Moves focus to the list of issues. */
  readonly showIssues: () => void;
}
