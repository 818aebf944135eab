import { PortError, type PortErrorCode } from '../core/ports/workbook-port';

/** The `code` of an OfficeExtension.Error (or of its debugInfo), '' for anything else. */
export function officeErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof code === 'string' && code !== '') return code;
  return typeof debugInfo?.code === 'string' ? debugInfo.code : '';
}

/** Excel on the web refused a request or response over its 5 MB limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  return /^(RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|PayloadTooLarge)$/.test(officeErrorCode(error));
}

const BY_CODE: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: 'cell_edit_mode',
  AccessDenied: 'sheet_protected',
  RequestPayloadSizeLimitExceeded: 'payload_too_large',
  ResponsePayloadSizeLimitExceeded: 'payload_too_large',
  PayloadTooLarge: 'payload_too_large',
  ApiNotFound: 'api_unsupported',
  ItemNotFound: 'sheet_not_found',
  // "The cell count in the range has exceeded the maximum supported number" (5,000,000 cells for a read).
  RangeExceedsLimit: 'range_too_large',
};

/**
 * The PortError the task pane shows for what Excel (or anything else) threw.
 * Office errors are told apart by their `code` only: their messages are
 * localised prose. Older hosts report cell-edit mode as a plain
 * InvalidOperation whose message speaks of editing; that is the one case where
 * the message is looked at. The original error stays reachable as `cause`.
 *
 * @example
 * toPortError({ code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode.' }).code
 * //=> 'cell_edit_mode'
 */
export function toPortError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  const code = officeErrorCode(error);
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null
        ? String((error as { message?: unknown }).message ?? '')
        : String(error);
  let mapped: PortErrorCode = BY_CODE[code] ?? 'unknown';
  if (code === 'InvalidOperation' && /cell.?edit|edit mode|编辑/i.test(message)) mapped = 'cell_edit_mode';
  const result = new PortError(mapped, code ? `${code}: ${message}` : message);
  Object.defineProperty(result, 'cause', { value: error, enumerable: false });
  return result;
}
