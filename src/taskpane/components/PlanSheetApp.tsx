import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { columnChoices } from '../../core/column-choices';
import { safeFileName } from '../../core/safe-file-name';
import type { Lang } from '../../core/types';
import type { WorkbookPort, WriteReport } from '../../core/workbook-port';
import { usePlanDocument } from '../hooks/use-plan-document';
import { usePlanSheet } from '../hooks/use-plan-sheet';
import { copyText } from '../lib/copy-text';
import { useHostErrors } from '../lib/host-errors';
import { DOCX_MIME, downloadBytes } from '../lib/download-bytes';
import { uiStrings } from '../strings';
import { CoverageStrip } from './CoverageStrip';
import { DocumentSection, type DocFields } from './DocumentSection';
import { ErrorBar } from './ErrorBar';
import { IssueList } from './IssueList';
import { PeriodSection } from './PeriodSection';
import { Section } from './Section';
import { SourceSection } from './SourceSection';
import { TablesSection } from './TablesSection';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 6fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  errors: {
    gridColumn: '1 / -1',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
  },
  loading: { padding: tokens.spacingVerticalXL },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
});

export interface PlanSheetAppProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Runs after the plan tables are written (for a file: download the workbook); resolves to words for the result. */
  readonly afterBuild?: (report: WriteReport) => Promise<string | null>;
}

/** The whole pane over one workbook: source, period, coverage, issues, tables, document. */
export function PlanSheetApp({ port, lang, afterBuild }: PlanSheetAppProps) {
  const styles = useStyles();
  const strings = uiStrings(lang);
  const [state, actions] = usePlanSheet(port, lang, { afterBuild });
  useHostErrors(actions.reportError);
  const today = useMemo(() => new Date(), []);
  const planDoc = usePlanDocument(state.result, state.settings, lang, today);
  const [docStatus, setDocStatus] = useState('');
  const [docBusy, setDocBusy] = useState(false);
  const { settings, result } = state;
  const analysis = result?.ok ? result.analysis : null;
  const issues = result ? (result.ok ? result.analysis.issues : result.issues) : [];
  const fileMode = port.mode === 'file';

  const choices = useMemo(
    () => (state.grid ? columnChoices(state.grid, analysis ? analysis.header.row : null) : []),
    [state.grid, analysis],
  );

  const fields: DocFields = {
    docType: settings.docType ?? 'plan',
    unit: settings.unit ?? '',
    title: settings.title ?? '',
    guidance: settings.guidance ?? '',
    goals: settings.goals ?? '',
    nextSteps: settings.nextSteps ?? '',
  };

  const copy = useCallback(() => {
    if (!planDoc) return;
    copyText(planDoc.text).then(
      (ok) => setDocStatus(ok ? strings.copied : strings.copyFailed),
      (e: unknown) => actions.reportError(e),
    );
  }, [planDoc, strings, actions]);

  const downloadDocx = useCallback(() => {
    if (!planDoc) return;
    setDocBusy(true);
    setDocStatus(strings.preparingDocx);
    void (async () => {
      try {
        // docx is big; it loads only when someone asks for a Word file.
        const { renderDocx } = await import(/* webpackChunkName: "docx" */ '../../docx/render-docx');
        const bytes = await renderDocx(planDoc.doc);
        const name = safeFileName(planDoc.doc.title, 'docx');
        downloadBytes(bytes, name, DOCX_MIME);
        setDocStatus(strings.downloaded(name));
      } catch (e) {
        setDocStatus('');
        actions.reportError(e);
      } finally {
        setDocBusy(false);
      }
    })();
  }, [planDoc, strings, actions]);

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

  const period = analysis?.period ?? null;
  return (
    <div className={styles.root}>
      {errorBar}
      <div className={styles.column}>
        <Section id="source" title={strings.sourceHeading}>
          <SourceSection
            strings={strings}
            sheets={state.sheets}
            sheet={state.sheet}
            detected={state.detected}
            layout={analysis ? analysis.header.layout : null}
            columns={analysis ? analysis.header.columns : null}
            choices={choices}
            overrides={settings.columns ?? {}}
            busy={state.loading}
            notice={state.notice}
            onSelectSheet={actions.selectSheet}
            onChangeColumn={actions.changeColumn}
            onCreateSchedule={actions.createSchedule}
            onRefresh={actions.refresh}
          />
        </Section>
        <Section id="period" title={strings.periodHeading} aside={period ? strings.periodCaption(period.year, period.months) : null}>
          <PeriodSection
            strings={strings}
            year={settings.year}
            inferredYear={settings.year ? null : (period?.year ?? null)}
            startMonth={settings.startMonth ?? period?.startMonth ?? 1}
            exempt={settings.exempt ?? period?.exempt ?? []}
            disabled={!state.grid}
            onChange={actions.updateSettings}
          />
        </Section>
        <Section id="coverage" title={strings.coverageHeading}>
          {analysis ? <CoverageStrip strings={strings} coverage={analysis.coverage} /> : <p className={styles.muted}>{strings.needSchedule}</p>}
        </Section>
        <Section
          id="issues"
          title={strings.issuesHeading}
          aside={issues.length > 0 ? strings.issueCount(countOf(issues, 'error'), countOf(issues, 'warning')) : null}
        >
          <IssueList strings={strings} lang={lang} issues={issues} onSelect={fileMode ? undefined : actions.selectIssue} />
        </Section>
      </div>
      <div className={styles.column}>
        <Section id="tables" title={strings.tablesHeading}>
          <TablesSection strings={strings} build={state.build} canBuild={analysis !== null} fileMode={fileMode} onBuild={actions.buildTables} />
        </Section>
        <Section id="document" title={strings.documentHeading}>
          <DocumentSection
            strings={strings}
            fields={fields}
            defaultTitle={planDoc?.doc.title ?? ''}
            preview={planDoc?.text ?? null}
            status={docStatus}
            busy={docBusy}
            onChange={actions.updateSettings}
            onCopy={copy}
            onDownloadDocx={downloadDocx}
          />
        </Section>
      </div>
    </div>
  );
}

function countOf(issues: readonly { severity: string }[], severity: string): number {
  return issues.filter((i) => i.severity === severity).length;
}
