import type { Lang } from '../core/words/lang';
import { describeFileProblem } from '../core/words/describe-file-problem';
import { FILE_PROBLEM_CODES, type FileProblem, type FileProblemCode } from '../core/ports/file-problem';
import { PortError } from '../core/ports/workbook-port';
import { uiStrings } from '../core/words/pane-words';

/**
 * The words to show for an error an action ended with: a port's error by its code
 * (the host's own text, English and technical, only for an error nobody foresaw),
 * any other error by its message, never a stack trace.
 *
 * @example
 * describeError(PortError.file({ code: 'file_empty' }), 'zh', '安排.xlsx')
 * //=> '“安排.xlsx”是空文件（0 字节），里面什么也没有。可能是下载或复制没有完成，请重新获取这个文件。'
 * describeError(new PortError('cell_edit_mode', 'InvalidOperationInCellEditMode'), 'en')
 * //=> 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.'
 * describeError(new PortError('unknown', 'GeneralException'), 'en')
 * //=> 'That did not work. Try again; … (Excel said: GeneralException)'
 */
export function describeError(error: unknown, lang: Lang, fileName?: string): string {
  const words = uiStrings(lang);
  if (error instanceof PortError || isPortErrorLike(error)) {
    if (error.problem) return describeFileProblem(error.problem, lang, fileName ?? words.thisFile);
    const known = isFileProblemCode(error.code) ? undefined : words.portErrors[error.code];
    // For an error nobody foresaw, Excel's own words are all there is to go on when the user asks for help.
    if (known && error.code !== 'unknown') return known;
    return error.detail ? `${words.portErrors.unknown} ${words.hostSaid(error.detail)}` : words.portErrors.unknown;
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() ? words.unexpectedError(message.trim()) : words.portErrors.unknown;
}

/** A PortError made by another copy of the module (a separately bundled script), so instanceof fails. */
function isPortErrorLike(error: unknown): error is { code: PortError['code']; detail?: string; problem?: FileProblem | null } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'PortError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function isFileProblemCode(code: string): code is FileProblemCode {
  return (FILE_PROBLEM_CODES as readonly string[]).includes(code);
}
