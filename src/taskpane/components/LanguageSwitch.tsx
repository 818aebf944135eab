import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/words/lang';
import type { UiStrings } from '../../core/words/pane-words';

const useStyles = makeStyles({
  group: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS },
});

const CHOICES: readonly { lang: Lang; label: string; tag: string }[] = [
  { lang: 'zh', label: '简体中文', tag: 'zh-CN' },
  { lang: 'en', label: 'English', tag: 'en' },
];

export interface LanguageSwitchProps {
  readonly strings: UiStrings;
  readonly lang: Lang;
  readonly onChange: (lang: Lang) => void;
}

/** 简体中文 / English, each named in its own language, so either reader finds it. */
export function LanguageSwitch({ strings, lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={strings.languageLabel} className={styles.group} data-testid="language-switch">
      {CHOICES.map((choice) => (
        <ToggleButton
          key={choice.lang}
          size="small"
          appearance={choice.lang === lang ? 'primary' : 'subtle'}
          checked={choice.lang === lang}
          lang={choice.tag}
          onClick={() => onChange(choice.lang)}
        >
          {choice.label}
        </ToggleButton>
      ))}
    </div>
  );
}
