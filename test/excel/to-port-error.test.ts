import { PortError } from '../../src/core/ports/workbook-port';
import { toPortError } from '../../src/excel/to-port-error';
import { FakeOfficeError } from '../fakes/excel-fake';

describe('toPortError', () => {
  it('maps Office error codes to the codes the task pane words', () => {
    const cases: [unknown, string][] = [
      [new FakeOfficeError('InvalidOperationInCellEditMode'), 'cell_edit_mode'],
      [{ code: 'InvalidOperation', message: 'Excel is in cell-editing mode.' }, 'cell_edit_mode'],
      [{ code: 'InvalidOperation', message: 'Excel 处于单元格编辑模式。' }, 'cell_edit_mode'],
      [{ code: 'InvalidOperation', message: 'A table cannot overlap another table.' }, 'unknown'],
      [new FakeOfficeError('AccessDenied'), 'sheet_protected'],
      [new FakeOfficeError('RequestPayloadSizeLimitExceeded'), 'payload_too_large'],
      [new FakeOfficeError('ResponsePayloadSizeLimitExceeded'), 'payload_too_large'],
      [{ code: 'GeneralException', debugInfo: { code: 'PayloadTooLarge' } }, 'unknown'],
      [{ debugInfo: { code: 'PayloadTooLarge' }, message: 'too big' }, 'payload_too_large'],
      [new FakeOfficeError('ApiNotFound'), 'api_unsupported'],
      [new FakeOfficeError('ItemNotFound'), 'sheet_not_found'],
      [new FakeOfficeError('RangeExceedsLimit'), 'range_too_large'],
      [new FakeOfficeError('ItemAlreadyExists'), 'unknown'],
      [new TypeError('x is undefined'), 'unknown'],
      ['a string', 'unknown'],
    ];
    expect(cases.map(([error]) => toPortError(error).code)).toEqual(cases.map(([, code]) => code));
  });

  it('keeps the host’s code and message as detail, and the original as cause', () => {
    const original = new FakeOfficeError('AccessDenied', 'Sheet "计划" is protected.');
    const error = toPortError(original);
    expect([error.detail, (error as { cause?: unknown }).cause]).toEqual([
      'AccessDenied: You cannot perform the requested operation. Sheet "计划" is protected.',
      original,
    ]);
  });

  it('passes a PortError through', () => {
    const error = new PortError('api_unsupported', 'ExcelApi 1.8');
    expect(toPortError(error)).toBe(error);
  });
});
