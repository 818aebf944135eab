import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../core/types';
import type { FilePort } from '../../xlsx/file-port';
import { describeError } from '../describe-error';
import { readFileBytes } from '../lib/read-file-bytes';
import { ErrorBar } from './ErrorBar';
import { PlanSheetApp } from './PlanSheetApp';
import { uiStrings } from '../strings';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '1200px',
    minHeight: '100vh',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  tagline: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  open: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: '2px',
    minWidth: 0,
    '@media (max-width: 600px)': { alignItems: 'flex-start' },
  },
  fileName: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  intro: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 480px)': { padding: tokens.spacingVerticalL },
  },
  dragging: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  introText: {
    margin: 0,
    maxWidth: '60ch',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground3,
  },
});

/** Opens the bytes of an .xlsx as a port; loaded lazily with exceljs. */
export type OpenFile = (bytes: Uint8Array, fileName: string) => Promise<FilePort>;

export interface FileModeAppProps {
  readonly lang: Lang;
  readonly openFile: OpenFile;
  /** Offers the plan workbook for download; resolves to the file name used. */
  readonly saveWorkbook: (port: FilePort) => Promise<string>;
}

/**
 * The page outside Excel: the user opens an .xlsx (button or drop), and the same
 * pane works on it in memory. Nothing is uploaded.
 */
export function FileModeApp({ lang, openFile, saveWorkbook }: FileModeAppProps) {
  const styles = useStyles();
  const strings = uiStrings(lang);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; port: FilePort; id: number } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const open = useCallback(
    (chosen: File) => {
      setOpening(chosen.name);
      setError(null);
      void (async () => {
        try {
          const bytes = await readFileBytes(chosen);
          const port = await openFile(bytes, chosen.name);
          setFile({ name: chosen.name, port, id: Date.now() });
        } catch (e) {
          setError(describeError(e, lang));
        } finally {
          setOpening(null);
        }
      })();
    },
    [openFile, lang],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) open(dropped);
  };

  const afterBuild = useCallback(async () => {
    if (!file) return null;
    const name = await saveWorkbook(file.port);
    return [strings.downloaded(name), file.port.valuesOnly() ? strings.valuesOnly : ''].filter(Boolean).join(' ');
  }, [file, saveWorkbook, strings]);

  return (
    <div
      className={styles.page}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className={styles.header}>
        <div className={styles.brand}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <div>
            <h1 className={styles.title}>{strings.appTitle}</h1>
            <p className={styles.tagline}>{strings.appTagline}</p>
          </div>
        </div>
        {file ? (
          <div className={styles.open}>
            <Button icon={<FolderOpen20Regular />} disabled={opening !== null} onClick={() => input.current?.click()} data-testid="open-file">
              {strings.openAnother}
            </Button>
            <span className={styles.fileName} data-testid="file-name">
              {strings.currentFile(file.name)}
            </span>
          </div>
        ) : null}
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Clear it, so choosing the same file again (after editing it) still opens it.
            event.target.value = '';
            if (chosen) open(chosen);
          }}
        />
      </header>
      <ErrorBar strings={strings} message={error} onDismiss={() => setError(null)} />
      {opening ? <Spinner size="small" label={strings.openingFile(opening)} /> : null}
      {file ? (
        <PlanSheetApp key={file.id} port={file.port} lang={lang} afterBuild={afterBuild} />
      ) : opening ? null : (
        <div className={mergeClasses(styles.intro, dragging && styles.dragging)}>
          <p className={styles.introText}>{strings.fileIntro}</p>
          <Button
            appearance="primary"
            size="large"
            icon={<FolderOpen20Regular />}
            onClick={() => input.current?.click()}
            data-testid="open-file"
          >
            {strings.openFile}
          </Button>
          <p className={styles.hint}>{strings.fileHint}</p>
          <p className={styles.hint}>{strings.wpsHint}</p>
        </div>
      )}
    </div>
  );
}
