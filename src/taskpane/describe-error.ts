import type { Lang } from '../core/types';
import { PortError } from '../core/workbook-port';
import { uiStrings } from './strings';

/**
 * The words to show for an error an action ended with: a port's error by its code
 * (with nothing of the host's own text, which is in English and technical), any
 * other error by its message, never a stack trace.
 *
 * @example
 * describeError(new PortError('cell_edit_mode', 'InvalidOperationInCellEditMode'), 'en')
 * //=> 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.'
 */
export function describeError(error: unknown, lang: Lang): string {
  const words = uiStrings(lang);
  if (error instanceof PortError || isPortErrorLike(error)) return words.portErrors[error.code] ?? words.portErrors.unknown;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() ? words.unexpectedError(message.trim()) : words.portErrors.unknown;
}

/** A PortError made by another copy of the module (a separately bundled script), so instanceof fails. */
function isPortErrorLike(error: unknown): error is { code: PortError['code'] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'PortError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
