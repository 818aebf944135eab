import { Spinner } from '@fluentui/react-components';
import { ErrorBar } from '../ErrorBar';
import { IssueList } from '../IssueList';
import { MainActions } from '../MainActions';
import { ResultSection } from '../ResultSection';
import { Section } from '../Section';
import { SheetPicker } from '../SheetPicker';
import type { PlanSheetAppState } from './PlanSheetApp.types';
import { PlanSheetSettings } from './PlanSheetSettings';
import type { PlanSheetAppClasses } from './usePlanSheetAppStyles.styles';

/** Draws the pane from its state: the message bar over two columns, the result and the settings. */
export function renderPlanSheetApp(state: PlanSheetAppState, classes: PlanSheetAppClasses) {
  const { strings, source } = state;
  const errorBar = (
    <div className={classes.errors}>
      <ErrorBar strings={strings} message={state.error} onDismiss={state.dismissError} />
    </div>
  );
  if (source.loading && !source.grid) {
    return (
      <div className={classes.root}>
        {errorBar}
        <Spinner className={classes.loading} size="small" label={strings.loading} />
      </div>
    );
  }
  return (
    <div className={classes.root}>
      {errorBar}
      <div className={classes.column}>{renderResultColumn(state)}</div>
      <div className={classes.column}>
        {source.grid ? (
          <PlanSheetSettings
            strings={strings}
            source={source}
            settings={state.settings}
            analysis={state.analysis}
            title={state.view.title}
            preview={state.view.preview}
            fileMode={state.fileMode}
            onChange={state.updateSettings}
            onCreateSchedule={state.build.createSchedule}
          />
        ) : null}
      </div>
    </div>
  );
}

/** The sheet, the verdict, the main actions and the issues. */
function renderResultColumn(state: PlanSheetAppState) {
  const { strings, source, analysis, issues, build, doc, fileMode } = state;
  return (
    <>
      <SheetPicker
        strings={strings}
        sheets={source.sheets}
        sheet={source.sheet}
        detected={source.detected}
        busy={source.loading}
        onSelectSheet={source.select}
        onRefresh={source.refresh}
      />
      {source.grid || !state.error ? (
        <ResultSection
          ref={state.resultRef}
          strings={strings}
          analysis={analysis}
          sheet={source.grid ? source.sheet : null}
          errors={state.errors}
          warnings={state.warnings}
          notice={source.notice}
          busy={source.loading}
          onCreateSchedule={build.createSchedule}
          onShowIssues={state.showIssues}
        />
      ) : null}
      {analysis ? (
        <MainActions
          strings={strings}
          fileMode={fileMode}
          build={build.build}
          ready
          docBusy={doc.busy}
          docStatus={doc.status}
          downloadBlocked={doc.blocked}
          onBuild={build.buildTables}
          onCopy={doc.copy}
          onDownloadDocx={doc.downloadDocx}
          onGoToSheet={fileMode ? undefined : state.selection.goToSheet}
          onOpenInBrowser={state.openInBrowser}
        />
      ) : null}
      {issues.length > 0 ? (
        <Section
          id="issues"
          title={strings.issuesHeading}
          headingRef={state.issuesRef}
          aside={strings.issueCount(state.errors, state.warnings)}
        >
          <IssueList strings={strings} lang={state.lang} issues={issues} onSelect={fileMode ? undefined : state.selection.selectIssue} />
        </Section>
      ) : null}
    </>
  );
}
