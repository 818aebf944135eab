import type { FileKind } from '../../../src/core/ports/workbook-data';
import { describeFileKind } from '../../../src/core/words/describe-file-kind';

describe('describeFileKind', () => {
  const kinds: FileKind[] = ['xlsx', 'xlsb', 'xls', 'ods', 'fods', 'spreadsheetml', 'html', 'csv'];

  it('says in Chinese what a file other than an .xlsx was read as, and nothing for an .xlsx', () => {
    expect(kinds.map((k) => describeFileKind(k, 'zh'))).toEqual([
      null,
      '按 Excel 二进制工作簿（.xlsb）读取。',
      '按旧版 Excel 或 WPS 工作簿（.xls、.et）读取。',
      '按 OpenDocument 电子表格（.ods）读取。',
      '按 OpenDocument 平面 XML 电子表格（.fods）读取。',
      '按 Excel 2003 XML 电子表格（另存为 .xls 的 XML 文件）读取。',
      '按网页表格（另存为 .xls 的 HTML 文件）读取。',
      '按 CSV 文本文件读取。',
    ]);
  });

  it('and in English', () => {
    expect(kinds.map((k) => describeFileKind(k, 'en'))).toEqual([
      null,
      'Read as an Excel binary workbook (.xlsb).',
      'Read as an old Excel or WPS workbook (.xls, .et).',
      'Read as an OpenDocument spreadsheet (.ods).',
      'Read as a flat OpenDocument spreadsheet (.fods).',
      'Read as an Excel 2003 XML spreadsheet (XML saved as .xls).',
      'Read as a web page table (HTML saved as .xls).',
      'Read as a CSV text file.',
    ]);
  });
});
