import { useCallback, useState } from 'react';
import type { Lang } from '../../core/words/lang';
import { describeError } from '../describe-error';

export interface PaneError {
  /** The last error, in words; null when there is none to show. */
  readonly error: string | null;
  /** Shows an error an action ended with (a port's, a copy's, a download's). */
  fail(error: unknown): void;
  dismiss(): void;
}

/** The pane's one message bar: the last error an action ended with, in the pane's language. */
export function usePaneError(lang: Lang): PaneError {
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(describeError(e, lang)), [lang]);
  const dismiss = useCallback(() => setError(null), []);
  return { error, fail, dismiss };
}
