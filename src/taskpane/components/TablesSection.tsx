import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../strings';

const useStyles = makeStyles({
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
  button: { alignSelf: 'flex-start' },
  result: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
});

/** Where building the plan tables stands. */
export type BuildState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly done: number; readonly total: number }
  | { readonly phase: 'done'; readonly message: string };

export interface TablesSectionProps {
  readonly strings: UiStrings;
  readonly build: BuildState;
  /** False while there is no schedule to build from. */
  readonly canBuild: boolean;
  /**
   * For a file opened in the browser the tables go into a copy of the workbook that is
   * downloaded, so the one action is "download the plan workbook".
   */
  readonly fileMode: boolean;
  readonly onBuild: () => void;
}

/** "生成计划表", its progress and what it wrote where. */
export function TablesSection({ strings, build, canBuild, fileMode, onBuild }: TablesSectionProps) {
  const styles = useStyles();
  const running = build.phase === 'running';
  return (
    <>
      <p className={styles.hint}>{!canBuild ? strings.needSchedule : fileMode ? strings.tablesHintFile : strings.tablesHint}</p>
      <Button
        className={styles.button}
        appearance="primary"
        icon={fileMode ? <ArrowDownload20Regular /> : <TableAdd20Regular />}
        disabled={!canBuild || running}
        onClick={onBuild}
        data-testid={fileMode ? 'download-workbook' : 'build-tables'}
      >
        {fileMode ? strings.downloadWorkbook : strings.buildTables}
      </Button>
      {running ? (
        <Field
          validationMessage={strings.buildProgress(build.done, build.total)}
          validationState="none"
          label={fileMode ? strings.preparingWorkbook : strings.building}
        >
          <ProgressBar value={build.total > 0 ? build.done / build.total : undefined} max={1} />
        </Field>
      ) : null}
      <p className={styles.result} role="status" aria-live="polite" data-testid="build-result">
        {build.phase === 'done' ? build.message : ''}
      </p>
    </>
  );
}
