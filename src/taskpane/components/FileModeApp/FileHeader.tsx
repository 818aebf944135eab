import { Button } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../../core/words/lang';
import type { UiStrings } from '../../../core/words/pane-words';
import { LanguageSwitch } from '../LanguageSwitch';
import { useFileModeAppStyles as useStyles } from './useFileModeAppStyles.styles';

export interface FileHeaderProps {
  readonly strings: UiStrings;
  readonly lang: Lang;
  readonly onLangChange?: (lang: Lang) => void;
  /** The open file's name, or null on the start screen. */
  readonly file: string | null;
  readonly busy: boolean;
  readonly onChoose: () => void;
}

/** The page's name, the language switch, and once a file is open, its name and a button to open another. */
export function FileHeader({ strings, lang, onLangChange, file, busy, onChoose }: FileHeaderProps) {
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
