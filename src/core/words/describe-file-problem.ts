import type { FileProblem, FileProblemCode, LooksLike } from '../ports/file-problem';
import type { Lang } from './lang';

type Messages = { readonly [C in FileProblemCode]: (problem: Extract<FileProblem, { code: C }>, file: string) => string };

const SUPPORTED_ZH = '.xlsx、.xlsm、.xls、.et、.ods 或 .csv';
const SUPPORTED_EN = '.xlsx, .xlsm, .xls, .et, .ods or .csv';

const LOOKS_LIKE_ZH: Readonly<Record<LooksLike, string>> = {
  word: 'Word 文档',
  powerpoint: 'PowerPoint 演示文稿',
  pdf: 'PDF 文件',
  image: '图片',
  archive: '压缩包',
  text: '纯文本文件',
};
const LOOKS_LIKE_EN: Readonly<Record<LooksLike, string>> = {
  word: 'a Word document',
  powerpoint: 'a PowerPoint presentation',
  pdf: 'a PDF file',
  image: 'an image',
  archive: 'a zip archive',
  text: 'a plain text file',
};

const ZH: Messages = {
  file_missing: (_, f) => `找不到文件“${f}”。请检查文件名和所在的文件夹。`,
  file_is_folder: (_, f) => `“${f}”是一个文件夹，不是文件。请选择文件夹里的 Excel 文件。`,
  file_no_permission: (_, f) => `没有权限读取“${f}”。请检查文件的权限，或把它复制到自己的文件夹后再试。`,
  file_empty: (_, f) => `“${f}”是空文件（0 字节），里面什么也没有。可能是下载或复制没有完成，请重新获取这个文件。`,
  file_too_large: (p, f) =>
    `“${f}”太大了${p.size !== null ? `（${sizeText(p.size)}）` : ''}，超过了计划表助手能处理的 ${sizeText(p.limit)}。请只保留活动安排表，另存一份再试。`,
  file_too_many_cells: (p, f) =>
    `“${f}”里有值的单元格超过了 ${countZh(p.limit)} 个，超出了计划表助手能处理的范围。请只保留活动安排表，另存一份再试。`,
  file_damaged: (_, f) => `“${f}”已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开后另存一份，或重新下载这个文件。`,
  file_encrypted: (_, f) => `“${f}”设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存一份再试。`,
  file_unsafe: (_, f) => `“${f}”里有不安全的内容（XML 文档类型声明或实体），为安全起见没有读取。请在 Excel 或 WPS 中打开后另存一份再试。`,
  file_web_page_no_table: (_, f) => `“${f}”是一个网页文件，里面没有表格。请从原系统导出 Excel 或 CSV 文件。`,
  file_not_spreadsheet: (p, f) =>
    `“${f}”${p.looksLike ? `是${spaced(LOOKS_LIKE_ZH[p.looksLike])}，` : ''}不是电子表格。请选择 ${SUPPORTED_ZH} 文件。`,
};

const EN: Messages = {
  file_missing: (_, f) => `File not found: "${f}". Check the name and the folder.`,
  file_is_folder: (_, f) => `"${f}" is a folder, not a file. Choose the Excel file inside it.`,
  file_no_permission: (_, f) => `You do not have permission to read "${f}". Check its permissions, or copy it into a folder of your own.`,
  file_empty: (_, f) => `"${f}" is empty (0 bytes). The download or copy may not have finished; get the file again.`,
  file_too_large: (p, f) =>
    `"${f}" is too large${p.size !== null ? ` (${sizeText(p.size)})` : ''}: PlanSheet reads up to ${sizeText(p.limit)}. Keep only the schedule sheet and save a copy.`,
  file_too_many_cells: (p, f) =>
    `"${f}" holds more than ${p.limit.toLocaleString('en-US')} cells with a value, more than PlanSheet reads. Keep only the schedule sheet and save a copy.`,
  file_damaged: (_, f) =>
    `"${f}" is damaged or incomplete and cannot be read. Open it in Excel or WPS and save a copy, or download it again.`,
  file_encrypted: (_, f) => `"${f}" is protected by a password to open. Open it in Excel or WPS, remove the password and save a copy.`,
  file_unsafe: (_, f) =>
    `"${f}" contains unsafe content (an XML document type or entities), so it was not read. Open it in Excel or WPS and save a copy.`,
  file_web_page_no_table: (_, f) => `"${f}" is a web page with no table in it. Export an Excel or CSV file from the system it came from.`,
  file_not_spreadsheet: (p, f) =>
    `"${f}" is ${p.looksLike ? `${LOOKS_LIKE_EN[p.looksLike]}, ` : ''}not a spreadsheet. Choose an ${SUPPORTED_EN} file.`,
};

/**
 * The words for a file that cannot be used, in Chinese or English: one sentence
 * that names what the file is and what to do, never an error code or a stack trace.
 *
 * @example
 * describeFileProblem({ code: 'file_encrypted' }, 'zh', '2025年安排.xlsx')
 * //=> '“2025年安排.xlsx”设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存一份再试。'
 */
export function describeFileProblem(problem: FileProblem, lang: Lang, file: string): string {
  const messages = lang === 'en' ? EN : ZH;
  return (messages[problem.code] as (p: FileProblem, f: string) => string)(problem, file);
}

/** 5,000,000 → "500 万": counts as Chinese writes them. */
function countZh(n: number): string {
  return n >= 10_000 && n % 10_000 === 0 ? `${n / 10_000} 万` : n.toLocaleString('en-US');
}

/** A space between Chinese and a Latin word, as the rest of the words have it (是 Word 文档). */
function spaced(name: string): string {
  return /^[A-Za-z]/.test(name) ? ` ${name}` : name;
}

/** 1,536 → "1.5 KB"; sizes in binary units, as file managers show them. */
function sizeText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}
