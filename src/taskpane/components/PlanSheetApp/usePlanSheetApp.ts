import { useCallback, useMemo, useRef } from 'react';
import { useAnalysis } from '../../hooks/use-analysis';
import { useBuild } from '../../hooks/use-build';
import { useDocActions } from '../../hooks/use-doc-actions';
import { useFocusWhenReady } from '../../hooks/use-focus-when-ready';
import { usePaneError } from '../../hooks/use-pane-error';
import { usePlanDocument } from '../../hooks/use-plan-document';
import { usePortQueue } from '../../hooks/use-port-queue';
import { useSelection } from '../../hooks/use-selection';
import { useSettingsStore } from '../../hooks/use-settings-store';
import { useSourceSheet } from '../../hooks/use-source-sheet';
import { useHostErrors } from '../../lib/host-errors';
import { countIssues } from '../../../core/issues/count-issues';
import { uiStrings } from '../../../core/words/pane-words';
import type { PlanSheetAppProps, PlanSheetAppState } from './PlanSheetApp.types';

/**
 * The pane's state over one workbook port, from small hooks of one concern each: the message bar, the
 * workbook's write queue, the settings store, the source sheet, its analysis, building, selection and the
 * document. Everything that decides lives in core; these hooks sequence the port calls and turn
 * failures into words.
 */
export function usePlanSheetApp(props: PlanSheetAppProps): PlanSheetAppState {
  const { port, lang, afterBuild, afterCreate, fileDownloads = true, renderDocx, openInBrowser, focusResult } = props;
  const strings = uiStrings(lang);
  const { error, fail, dismiss } = usePaneError(lang);
  useHostErrors(fail);
  const queue = usePortQueue(port);
  const store = useSettingsStore(queue, fail);
  const source = useSourceSheet(port, store, fail);
  const result = useAnalysis(source.grid, store.settings);
  const build = useBuild({ port, queue, lang, store, source, result, fail }, { afterBuild, afterCreate });
  const selection = useSelection(port, fail);
  const today = useMemo(() => new Date(), []);
  const view = usePlanDocument(result, store.settings, lang, today);
  const doc = useDocActions(view, strings, fileDownloads, renderDocx, fail);
  const resultRef = useFocusWhenReady(focusResult === true && !source.loading);
  const issuesRef = useRef<HTMLHeadingElement>(null);
  const showIssues = useCallback(() => issuesRef.current?.focus(), []);
  const issues = result ? (result.ok ? result.analysis.issues : result.issues) : [];
  const { errors, warnings } = countIssues(issues);
  return {
    lang,
    strings,
    fileMode: port.mode === 'file',
    error,
    dismissError: dismiss,
    source,
    settings: store.settings,
    updateSettings: store.update,
    result,
    analysis: result?.ok ? result.analysis : null,
    issues,
    errors,
    warnings,
    build,
    selection,
    view,
    doc,
    openInBrowser,
    resultRef,
    issuesRef,
    showIssues,
  };
}
