import type { FileKind } from '../ports/workbook-data';
import type { Lang } from './lang';

const NAMES: Readonly<Record<Lang, Readonly<Record<Exclude<FileKind, 'xlsx'>, string>>>> = {
  zh: {
    xlsb: 'Excel 二进制工作簿（.xlsb）',
    xls: '旧版 Excel 或 WPS 工作簿（.xls、.et）',
    ods: 'OpenDocument 电子表格（.ods）',
    fods: 'OpenDocument 平面 XML 电子表格（.fods）',
    spreadsheetml: 'Excel 2003 XML 电子表格（另存为 .xls 的 XML 文件）',
    html: '网页表格（另存为 .xls 的 HTML 文件）',
    csv: 'CSV 文本文件',
  },
  en: {
    xlsb: 'an Excel binary workbook (.xlsb)',
    xls: 'an old Excel or WPS workbook (.xls, .et)',
    ods: 'an OpenDocument spreadsheet (.ods)',
    fods: 'a flat OpenDocument spreadsheet (.fods)',
    spreadsheetml: 'an Excel 2003 XML spreadsheet (XML saved as .xls)',
    html: 'a web page table (HTML saved as .xls)',
    csv: 'a CSV text file',
  },
};

/**
 * The one sentence that tells the user a file was read as something other than an .xlsx, for
 * the task pane and the command line alike; null for an .xlsx, which needs no word.
 *
 * @example
 * describeFileKind('xls', 'zh') //=> '按旧版 Excel 或 WPS 工作簿（.xls、.et）读取。'
 * describeFileKind('csv', 'en') //=> 'Read as a CSV text file.'
 * describeFileKind('xlsx', 'zh') //=> null
 */
export function describeFileKind(kind: FileKind, lang: Lang): string | null {
  if (kind === 'xlsx') return null;
  const name = NAMES[lang][kind];
  // A space between Chinese and a Latin word, as the rest of the words have it (按 CSV 文本文件).
  return lang === 'zh' ? `按${/^[A-Za-z]/.test(name) ? ' ' : ''}${name}读取。` : `Read as ${name}.`;
}
