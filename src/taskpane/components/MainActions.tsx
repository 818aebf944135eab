import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Copy20Regular, DocumentArrowDown20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { BuildState } from '../hooks/use-build';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    ':empty': { display: 'none' },
  },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
  sheets: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalM, margin: 0, padding: 0 },
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface MainActionsProps {
  readonly strings: UiStrings;
  /** In a browser the tables go into a copy of the workbook that is downloaded. */
  readonly fileMode: boolean;
  readonly build: BuildState;
  /** False while there is no schedule to build from or export. */
  readonly ready: boolean;
  readonly docBusy: boolean;
  /** What the last copy or download did. */
  readonly docStatus: string;
  /** True when a Word download was asked for where the host cannot download: say what works instead. */
  readonly downloadBlocked: boolean;
  readonly onBuild: () => void;
  readonly onCopy: () => void;
  readonly onDownloadDocx: () => void;
  /** Goes to a sheet just built; absent where there is no sheet to go to (a file). */
  readonly onGoToSheet?: (sheet: string) => void;
  readonly onOpenInBrowser?: () => void;
}

/** The pane's main actions in one row: build (or download) the plan tables, copy the text, download the Word file. */
export function MainActions(props: MainActionsProps) {
  const { strings, fileMode, build, ready } = props;
  const styles = useStyles();
  const running = build.phase === 'running';
  return (
    <div className={styles.wrap}>
      <div role="group" aria-label={strings.actionsLabel} className={styles.group}>
        <Button
          appearance="primary"
          icon={fileMode ? <ArrowDownload20Regular /> : <TableAdd20Regular />}
          disabled={!ready || running}
          onClick={props.onBuild}
          data-testid={fileMode ? 'download-workbook' : 'build-tables'}
        >
          {fileMode ? strings.downloadWorkbook : strings.buildTables}
        </Button>
        <Button icon={<Copy20Regular />} disabled={!ready} onClick={props.onCopy} data-testid="copy-text">
          {strings.copy}
        </Button>
        <Button
          icon={<DocumentArrowDown20Regular />}
          disabled={!ready || props.docBusy}
          onClick={props.onDownloadDocx}
          data-testid="download-docx"
        >
          {strings.downloadDocx}
        </Button>
      </div>
      {running ? (
        <Field
          validationMessage={strings.buildProgress(build.done, build.total)}
          validationState="none"
          label={fileMode ? strings.preparingWorkbook : strings.building}
        >
          <ProgressBar value={build.total > 0 ? build.done / build.total : undefined} max={1} />
        </Field>
      ) : null}
      <p className={styles.text} role="status" aria-live="polite" data-testid="build-result">
        {build.phase === 'done' ? build.message : ''}
      </p>
      {build.phase === 'done' && props.onGoToSheet ? (
        <BuiltSheets strings={strings} sheets={build.sheets} onGo={props.onGoToSheet} />
      ) : null}
      {props.downloadBlocked ? <DownloadBlocked strings={strings} onCopy={props.onCopy} onOpenInBrowser={props.onOpenInBrowser} /> : null}
      <p className={styles.text} role="status" aria-live="polite" data-testid="doc-status">
        {props.docStatus}
      </p>
      {build.phase === 'idle' && ready ? <p className={styles.hint}>{fileMode ? strings.tablesHintFile : strings.tablesHint}</p> : null}
    </div>
  );
}

function BuiltSheets({ strings, sheets, onGo }: { strings: UiStrings; sheets: readonly string[]; onGo: (sheet: string) => void }) {
  const styles = useStyles();
  return (
    <p className={styles.sheets} data-testid="built-sheets">
      <span className={styles.hint}>{strings.builtSheetsLabel}</span>
      {sheets.map((sheet) => (
        <Link key={sheet} as="button" title={strings.goToSheet(sheet)} onClick={() => onGo(sheet)}>
          {sheet}
        </Link>
      ))}
    </p>
  );
}

function DownloadBlocked({ strings, onCopy, onOpenInBrowser }: { strings: UiStrings; onCopy: () => void; onOpenInBrowser?: () => void }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="download-blocked">
      <MessageBarBody>{strings.downloadBlocked}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onCopy}>
          {strings.copy}
        </Button>
        {onOpenInBrowser ? (
          <Button size="small" onClick={onOpenInBrowser}>
            {strings.openInBrowser}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
