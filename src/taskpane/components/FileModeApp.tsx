import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../core/words/lang';
import { describeFileKind, type SpreadsheetKind } from '../../core/words/describe-file-kind';
import type { WorkbookPort } from '../../core/ports/workbook-port';
import { describeError } from '../describe-error';
import type { RenderDocx } from '../hooks/use-doc-actions';
import { readFileBytes } from '../lib/read-file-bytes';
import { uiStrings, type UiStrings } from '../strings';
import { ErrorBar } from './ErrorBar';
import { LanguageSwitch } from './LanguageSwitch';
import { PlanSheetApp } from './PlanSheetApp';

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
    gap: tokens.spacingVerticalXS,
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

/**
 * What the page needs of a workbook file it opened: a port over it, what it was read as, and whether the
 * copy it gives back holds values only. The file reader (src/xlsx's FilePort) is one, given by the entry point.
 */
export interface WorkbookFile extends WorkbookPort {
  readonly fileName: string;
  /** True when the copy offered for download holds values only (the file was not Office Open XML). */
  valuesOnly(): boolean;
  /** What the file was read as (an old .xls, a CSV …), known once it is read. */
  openedKind(): Promise<SpreadsheetKind>;
}

/** Opens the bytes of a workbook file as a port; loaded lazily with the reader. */
export type OpenFile<F extends WorkbookFile = WorkbookFile> = (bytes: Uint8Array, fileName: string) => Promise<F>;

export interface FileModeAppProps<F extends WorkbookFile = WorkbookFile> {
  readonly lang: Lang;
  /** Shows the language switch; called with the language she picks. */
  readonly onLangChange?: (lang: Lang) => void;
  /** The browser asks for traditional Chinese: say that the Chinese here is simplified. */
  readonly traditionalChinese?: boolean;
  readonly openFile: OpenFile<F>;
  /** Offers the workbook (with what was added) for download under the opened name plus `suffix`; resolves to the name used. */
  readonly saveWorkbook: (port: F, suffix: string) => Promise<string>;
  /** Writes the Word file (the docx writer, loaded when first asked for). */
  readonly renderDocx: RenderDocx;
}

interface OpenedFile<F extends WorkbookFile> {
  readonly name: string;
  readonly port: F;
  readonly id: number;
  /** What the file was read as, when it is not an .xlsx (an old .xls, a CSV …). */
  readonly kind: SpreadsheetKind;
}

/**
 * Opening a file: the reader must accept it before it replaces what is shown, so a file that cannot be
 * used leaves the start screen, or the file before it, as it was, with the reader's words for why.
 */
function useFileOpener<F extends WorkbookFile>(openFile: OpenFile<F>, lang: Lang) {
  const [file, setFile] = useState<OpenedFile<F> | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    (chosen: File) => {
      setOpening(chosen.name);
      setError(null);
      void (async () => {
        try {
          const bytes = await readFileBytes(chosen);
          const port = await openFile(bytes, chosen.name);
          // Reading the sheet list reads the workbook: a damaged or foreign file fails here, not in the pane.
          await port.listSheets();
          setFile({ name: chosen.name, port, id: Date.now(), kind: await port.openedKind() });
        } catch (e) {
          setError(describeError(e, lang, chosen.name));
        } finally {
          setOpening(null);
        }
      })();
    },
    [openFile, lang],
  );
  return { file, opening, error, open, dismissError: useCallback(() => setError(null), []) };
}

/**
 * The page outside Excel: the user opens a workbook file (button or drop), and the same pane works
 * on it in memory. Nothing is uploaded.
 */
export function FileModeApp<F extends WorkbookFile>(props: FileModeAppProps<F>) {
  const { lang, onLangChange, traditionalChinese, openFile, saveWorkbook, renderDocx } = props;
  const styles = useStyles();
  const strings = uiStrings(lang);
  const input = useRef<HTMLInputElement>(null);
  const { file, opening, error, open, dismissError } = useFileOpener(openFile, lang);
  const [dragging, setDragging] = useState(false);
  const choose = useCallback(() => input.current?.click(), []);

  const afterBuild = useCallback(async () => {
    if (!file) return null;
    const name = await saveWorkbook(file.port, strings.planWorkbookSuffix);
    return [strings.downloaded(name), file.port.valuesOnly() ? strings.valuesOnly : ''].filter(Boolean).join(' ');
  }, [file, saveWorkbook, strings]);

  const afterCreate = useCallback(
    async (sheet: string) => (file ? strings.newScheduleDoneFile(sheet, await saveWorkbook(file.port, strings.newScheduleSuffix)) : null),
    [file, saveWorkbook, strings],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) open(dropped);
  };

  return (
    <div className={styles.page} onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <FileHeader strings={strings} lang={lang} onLangChange={onLangChange} file={file?.name ?? null} busy={opening !== null}
        onChoose={choose} />
      {file && describeFileKind(file.kind, lang) ? (
        <p className={styles.hint} data-testid="file-kind">
          {describeFileKind(file.kind, lang)}
        </p>
      ) : null}
      {traditionalChinese && lang === 'zh' ? <p className={styles.hint}>{strings.simplifiedOnly}</p> : null}
      <input ref={input} type="file" hidden accept={ACCEPT} data-testid="file-input"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          // Clear it, so choosing the same file again (after editing it) still opens it.
          event.target.value = '';
          if (chosen) open(chosen);
        }} />
      <ErrorBar strings={strings} message={error} onDismiss={dismissError} />
      {opening ? <Spinner size="small" label={strings.openingFile(opening)} /> : null}
      {file ? (
        <PlanSheetApp key={file.id} port={file.port} lang={lang} renderDocx={renderDocx} afterBuild={afterBuild} afterCreate={afterCreate}
          focusResult />
      ) : (
        <StartScreen strings={strings} dragging={dragging} hidden={opening !== null} onChoose={choose} />
      )}
    </div>
  );
}

/** Every kind the readers know (what a file is comes from its bytes; this only fills the browser's picker). */
const ACCEPT = [
  '.xlsx', '.xlsm', '.xltx', '.xltm', '.xlsb', '.xls', '.et', '.ods', '.fods', '.csv', '.tsv', '.txt', '.htm', '.html',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet', 'text/csv',
].join(',');

interface FileHeaderProps {
  readonly strings: UiStrings;
  readonly lang: Lang;
  readonly onLangChange?: (lang: Lang) => void;
  /** The open file's name, or null on the start screen. */
  readonly file: string | null;
  readonly busy: boolean;
  readonly onChoose: () => void;
}

function FileHeader({ strings, lang, onLangChange, file, busy, onChoose }: FileHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <div>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          <p className={styles.tagline}>{strings.appTagline}</p>
        </div>
      </div>
      <div className={styles.open}>
        {onLangChange ? <LanguageSwitch strings={strings} lang={lang} onChange={onLangChange} /> : null}
        {file ? (
          <>
            <Button icon={<FolderOpen20Regular />} disabled={busy} onClick={onChoose} data-testid="open-file">
              {strings.openAnother}
            </Button>
            <span className={styles.fileName} data-testid="file-name">
              {strings.currentFile(file)}
            </span>
          </>
        ) : null}
      </div>
    </header>
  );
}

interface StartScreenProps {
  readonly strings: UiStrings;
  readonly dragging: boolean;
  readonly hidden: boolean;
  readonly onChoose: () => void;
}

function StartScreen({ strings, dragging, hidden, onChoose }: StartScreenProps) {
  const styles = useStyles();
  if (hidden) return null;
  return (
    <div className={mergeClasses(styles.intro, dragging && styles.dragging)}>
      <p className={styles.introText}>{strings.fileIntro}</p>
      <Button appearance="primary" size="large" icon={<FolderOpen20Regular />} onClick={onChoose} data-testid="open-file">
        {strings.openFile}
      </Button>
      <p className={styles.hint}>{strings.fileHint}</p>
      <p className={styles.hint}>{strings.wpsHint}</p>
    </div>
  );
}
