import { PortError } from '../core/ports/workbook-port';

/**
 * Whether the host supports an ExcelApi requirement set. The manifest asks for
 * 1.7; newer sets are checked here at run time and features degrade with a message.
 */
export function isApiSupported(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/** Throws PortError 'api_unsupported' (naming the set and the feature) when the host lacks the set. */
export function requireApi(version: string, feature: string): void {
  if (!isApiSupported(version)) throw new PortError('api_unsupported', `ExcelApi ${version} (${feature})`);
}
