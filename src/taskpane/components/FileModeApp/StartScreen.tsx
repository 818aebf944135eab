import { Button, mergeClasses } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../../core/words/pane-words';
import { useFileModeAppStyles as useStyles } from './useFileModeAppStyles.styles';

export interface StartScreenProps {
  readonly strings: UiStrings;
  readonly dragging: boolean;
  readonly hidden: boolean;
  readonly onChoose: () => void;
}

/** Before a file is open: what the page does, and the button to open one (or drop it anywhere). */
export function StartScreen({ strings, dragging, hidden, onChoose }: StartScreenProps) {
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
