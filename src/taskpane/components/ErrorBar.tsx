import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { UiStrings } from '../../core/words/pane-words';

export interface ErrorBarProps {
  readonly strings: UiStrings;
  /** The error in words (see describeError); nothing is shown when null. */
  readonly message: string | null;
  readonly onDismiss: () => void;
}

/** The last error, in words, until the user dismisses it. */
export function ErrorBar({ strings, message, onDismiss }: ErrorBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={strings.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
