import { describeFileProblem } from '../../src/core/words/describe-file-problem';
import type { FileProblemCode } from '../../src/core/ports/file-problem';
import { PortError, type PortErrorCode } from '../../src/core/ports/workbook-port';
import { describeError } from '../../src/taskpane/describe-error';
import { uiStrings } from '../../src/core/words/pane-words';

describe('describeError', () => {
  const codes: Exclude<PortErrorCode, FileProblemCode>[] = [
    'cell_edit_mode',
    'sheet_protected',
    'payload_too_large',
    'api_unsupported',
    'sheet_not_found',
    'not_a_workbook',
  ];

  it('words every known port error without the host text', () => {
    expect(codes.map((code) => describeError(new PortError(code, 'RichApi.Error: details'), 'zh'))).toEqual(
      codes.map((code) => uiStrings('zh').portErrors[code]),
    );
  });

  it("adds Excel's own words to an error nobody foresaw", () => {
    expect(describeError(new PortError('unknown', 'GeneralException'), 'en')).toBe(
      'That did not work. Try again; if it keeps failing, close PlanSheet and open it again. (Excel said: GeneralException)',
    );
  });

  it('recognises a PortError from another copy of the module by its name', () => {
    const foreign = Object.assign(new Error('sheet_protected'), { name: 'PortError', code: 'sheet_protected', detail: '' });
    expect(describeError(foreign, 'en')).toBe(uiStrings('en').portErrors.sheet_protected);
  });

  it('gives any other error its message and never a stack', () => {
    const error = new Error('Failed to fetch dynamically imported module');
    expect(describeError(error, 'zh')).toBe('操作没有完成：Failed to fetch dynamically imported module');
  });

  it('names a file that cannot be used in the words core gives, with its name or as 这个文件', () => {
    const problem = { code: 'file_too_large', size: 700 * 1024 * 1024, limit: 256 * 1024 * 1024 } as const;
    expect([describeError(PortError.file(problem), 'zh', '大.xlsx'), describeError(PortError.file(problem), 'zh')]).toEqual([
      describeFileProblem(problem, 'zh', '大.xlsx'),
      describeFileProblem(problem, 'zh', '这个文件'),
    ]);
  });

  it('says something even for an empty throw', () => {
    expect(describeError(undefined, 'en')).toBe(uiStrings('en').portErrors.unknown);
  });
});
