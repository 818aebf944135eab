/**
 * Errors as Office.js reports them: an `OfficeExtension.Error` (name
 * "RichApi.Error") whose `code` is one of `Excel.ErrorCodes` or
 * `OfficeExtension.ErrorCodes`. The adapter decides on `code` only.
 */
export const FakeErrorCode = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidReference: 'InvalidReference',
  invalidObjectPath: 'InvalidObjectPath',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  notImplemented: 'NotImplemented',
  pendingOperations: 'FakePendingOperations',
} as const;

export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

const MESSAGES: Partial<Record<FakeErrorCodeValue, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: 'The requested resource doesn\u2019t exist.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
};

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(code: FakeErrorCodeValue, detail = '', location?: string) {
    const message = [MESSAGES[code] ?? code, detail].filter(Boolean).join(' ');
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}
