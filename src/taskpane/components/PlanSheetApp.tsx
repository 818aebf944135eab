import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { columnChoices } from '../../core/sheet/header/column-choices';
import type { Issue } from '../../core/issues/issue';
import type { Lang } from '../../core/words/lang';
import type { WorkbookPort, WriteReport } from '../../core/ports/workbook-port';
import { useDocActions } from '../hooks/use-doc-actions';
import { usePlanDocument } from '../hooks/use-plan-document';
import { usePlanSheet, type PlanSheetActions, type PlanSheetState } from '../hooks/use-plan-sheet';
import { useHostErrors } from '../lib/host-errors';
import { uiStrings, type UiStrings } from '../../core/words/pane-words';
import { DocumentSection, type DocFields } from './DocumentSection';
import { ErrorBar } from './ErrorBar';
import { IssueList } from './IssueList';
import { MainActions } from './MainActions';
import { PeriodSection } from './PeriodSection';
import { ResultSection } from './ResultSection';
import { Section } from './Section';
import { SettingsSections, type SettingsItem } from './SettingsSections';
import { SheetPicker } from './SheetPicker';
import { SourceSection } from './SourceSection';
import { countIssues } from '../../core/issues/count-issues';

/** Two columns from this width: the result on the left, the settings and the document on the right. */
const WIDE = '(min-width: 900px)';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    [`@media ${WIDE}`]: { gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 6fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, paddingBottom: tokens.spacingVerticalM },
  errors: {
    gridColumn: '1 / -1',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
  },
  loading: { padding: tokens.spacingVerticalXL },
});

export interface PlanSheetAppProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Runs after the plan tables are written (for a file: download the workbook); resolves to words for the result. */
  readonly afterBuild?: (report: WriteReport) => Promise<string | null>;
  /** Runs after a new schedule sheet is added (for a file: download the copy); resolves to words saying so. */
  readonly afterCreate?: (sheet: string) => Promise<string | null>;
  /** False where the host's webview cannot download a file the page makes (Office for Mac). */
  readonly fileDownloads?: boolean;
  /** Opens this page in the user's browser (through Office), for what the pane cannot do itself. */
  readonly openInBrowser?: () => void;
  /** Moves focus to the result once the workbook is read (after she opened a file). */
  readonly focusResult?: boolean;
}

/** The whole pane over one workbook: the result first, then the main actions and the issues; settings fold away. */
export function PlanSheetApp(props: PlanSheetAppProps) {
  const { port, lang, afterBuild, afterCreate, fileDownloads = true, openInBrowser, focusResult } = props;
  const styles = useStyles();
  const strings = uiStrings(lang);
  const [state, actions] = usePlanSheet(port, lang, { afterBuild, afterCreate });
  useHostErrors(actions.reportError);
  const today = useMemo(() => new Date(), []);
  const view = usePlanDocument(state.result, state.settings, lang, today);
  const doc = useDocActions(view, strings, fileDownloads, actions.reportError);
  const resultRef = useFocusWhenRead(focusResult === true && !state.loading);
  const issuesRef = useRef<HTMLHeadingElement>(null);
  const showIssues = useCallback(() => issuesRef.current?.focus(), []);
  const analysis = state.result?.ok ? state.result.analysis : null;
  const issues: readonly Issue[] = state.result ? (state.result.ok ? state.result.analysis.issues : state.result.issues) : [];
  const fileMode = port.mode === 'file';
  const errorBar = (
    <div className={styles.errors}>
      <ErrorBar strings={strings} message={state.error} onDismiss={actions.dismissError} />
    </div>
  );
  if (state.loading && !state.grid) {
    return (
      <div className={styles.root}>
        {errorBar}
        <Spinner className={styles.loading} size="small" label={strings.loading} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {errorBar}
      <div className={styles.column}>
        <SheetPicker strings={strings} sheets={state.sheets} sheet={state.sheet} detected={state.detected} busy={state.loading}
          onSelectSheet={actions.selectSheet} onRefresh={actions.refresh} />
        {state.grid || !state.error ? (
          <ResultSection ref={resultRef} strings={strings} analysis={analysis} sheet={state.grid ? state.sheet : null}
            errors={countIssues(issues).errors} warnings={countIssues(issues).warnings} notice={state.notice} busy={state.loading}
            onCreateSchedule={actions.createSchedule} onShowIssues={showIssues} />
        ) : null}
        {analysis ? (
          <MainActions strings={strings} fileMode={fileMode} build={state.build} ready docBusy={doc.busy} docStatus={doc.status}
            downloadBlocked={doc.blocked} onBuild={actions.buildTables} onCopy={doc.copy} onDownloadDocx={doc.downloadDocx}
            onGoToSheet={fileMode ? undefined : actions.goToSheet} onOpenInBrowser={openInBrowser} />
        ) : null}
        {issues.length > 0 ? (
          <Section id="issues" title={strings.issuesHeading} headingRef={issuesRef}
            aside={strings.issueCount(countIssues(issues).errors, countIssues(issues).warnings)}>
            <IssueList strings={strings} lang={lang} issues={issues} onSelect={fileMode ? undefined : actions.selectIssue} />
          </Section>
        ) : null}
      </div>
      <div className={styles.column}>
        {state.grid ? (
          <Settings strings={strings} state={state} actions={actions} title={view.title} preview={view.preview} fileMode={fileMode} />
        ) : null}
      </div>
    </div>
  );
}

interface SettingsProps {
  readonly strings: UiStrings;
  readonly state: PlanSheetState;
  readonly actions: PlanSheetActions;
  readonly title: string;
  readonly preview: ReturnType<typeof usePlanDocument>['preview'];
  readonly fileMode: boolean;
}

/** Columns, period and exempt months, and the document's fields with its preview, each opened on demand. */
function Settings({ strings, state, actions, title, preview, fileMode }: SettingsProps) {
  const { settings, grid } = state;
  const analysis = state.result?.ok ? state.result.analysis : null;
  const period = analysis?.period ?? null;
  const choices = useMemo(() => (grid ? columnChoices(grid, analysis ? analysis.header.row : null) : []), [grid, analysis]);
  const [wide] = useState(() => window.matchMedia?.(WIDE).matches === true);
  const source = (
    <SourceSection strings={strings} columns={analysis ? analysis.header.columns : null} layout={analysis?.header.layout ?? null} choices={choices}
      overrides={settings.columns ?? {}} busy={state.loading} onChangeColumn={actions.changeColumn}
      onCreateSchedule={actions.createSchedule} />
  );
  const items: SettingsItem[] = [{ value: 'source', title: strings.sourceHeading, aside: state.sheet, children: source }];
  if (analysis) {
    const periodSection = (
      <PeriodSection strings={strings} year={settings.year} inferredYear={settings.year ? null : (period?.year ?? null)}
        startMonth={settings.startMonth ?? period?.startMonth ?? 1} exempt={settings.exempt ?? period?.exempt ?? []}
        disabled={false} onChange={actions.updateSettings} />
    );
    const documentSection = (
      <DocumentSection strings={strings} fields={docFields(settings)} defaultTitle={title} preview={preview} fileMode={fileMode}
        onChange={actions.updateSettings} />
    );
    const caption = period ? strings.periodCaption(period.year, period.months) : null;
    items.push({ value: 'period', title: strings.periodHeading, aside: caption, children: periodSection });
    items.push({ value: 'document', title: strings.documentHeading, children: documentSection });
  }
  return <SettingsSections items={items} defaultOpen={wide ? ['document'] : []} />;
}

function docFields(settings: PlanSheetState['settings']): DocFields {
  return {
    docType: settings.docType ?? 'plan',
    unit: settings.unit ?? '',
    title: settings.title ?? '',
    guidance: settings.guidance ?? '',
    goals: settings.goals ?? '',
    nextSteps: settings.nextSteps ?? '',
  };
}

/** A ref for the result, focused once when `ready` first turns true. */
function useFocusWhenRead(ready: boolean) {
  const ref = useRef<HTMLElement>(null);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || !ref.current) return;
    done.current = true;
    ref.current.focus();
  }, [ready]);
  return ref;
}
