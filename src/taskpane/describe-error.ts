import type { Lang } from '../core/types';
import { PortError } from '../core/workbook-port';
import { uiStrings } from './strings';

/**
 * The words to show for an error an action ended with: a port's error by its code
 * (the host's own text, English and technical, only for an error nobody foresaw),
 * any other error by its message, never a stack trace.
 *
 * @example
 * describeError(new PortError('cell_edit_mode', 'InvalidOperationInCellEditMode'), 'en')
 * //=> 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.'
 * describeError(new PortError('unknown', 'GeneralException'), 'en')
 * //=> 'That did not work. Try again; … (Excel said: GeneralException)'
 */
export function describeError(error: unknown, lang: Lang): string {
  const words = uiStrings(lang);
  if (error instanceof PortError || isPortErrorLike(error)) {
    const known = words.portErrors[error.code];
    // For an error nobody foresaw, Excel's own words are all there is to go on when the user asks for help.
    if (known && error.code !== 'unknown') return known;
    return error.detail ? `${words.portErrors.unknown} ${words.hostSaid(error.detail)}` : words.portErrors.unknown;
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() ? words.unexpectedError(message.trim()) : words.portErrors.unknown;
}

/** A PortError made by another copy of the module (a separately bundled script), so instanceof fails. */
function isPortErrorLike(error: unknown): error is { code: PortError['code']; detail?: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'PortError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
