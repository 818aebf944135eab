import { monthName } from './month-name';
import { periodCaption } from './period-caption';
import type { Field, Layout } from '../sheet/header/header-match';
import type { Lang } from './lang';
import type { MonthStatus } from '../plan/coverage';
import type { PortErrorCode, WriteReport } from '../ports/workbook-port';
import type { FileProblemCode } from '../ports/file-problem';
import { valuesOnlyNote } from './values-only-note';

/** Every word the pane shows, in Chinese and English. Issue texts come from core's formatIssue. */
export interface UiStrings {
  readonly appTitle: string;
  readonly appTagline: string;
  readonly loading: string;
  readonly refresh: string;
  /** The standalone page's language switch. */
  readonly languageLabel: string;
  /** Said to a browser set to traditional Chinese (zh-TW, zh-HK): the page is in simplified Chinese. */
  readonly simplifiedOnly: string;

  readonly sourceHeading: string;
  readonly sheetLabel: string;
  readonly detectedMark: string;
  readonly noSheets: string;
  readonly columnsLabel: string;
  /** How a matrix was read; a list, the usual layout, says nothing. */
  readonly layoutRead: Readonly<Record<Exclude<Layout, 'list'>, string>>;
  readonly columnsChange: string;
  readonly columnsDone: string;
  readonly columnNotFound: string;
  /** The "automatic" choice: what detection found (null: nothing), or undefined when overridden. */
  readonly columnAuto: (found: string | null | undefined) => string;
  readonly fieldNames: Readonly<Record<Field, string>>;
  readonly newSchedule: string;
  readonly newScheduleDone: (sheet: string) => string;
  /** In a browser: the new sheet went into a downloaded copy, which is filled in elsewhere. */
  readonly newScheduleDoneFile: (sheet: string, fileName: string) => string;
  /** Added to the opened file's name for the copy with a new schedule sheet. */
  readonly newScheduleSuffix: string;
  /** The chosen sheet holds no schedule the reader recognises. */
  readonly notASchedule: (sheet: string) => string;

  readonly periodHeading: string;
  readonly yearLabel: string;
  readonly yearHint: (inferred: number | null) => string;
  readonly yearInvalid: string;
  readonly startMonthLabel: string;
  readonly startMonthOption: (month: number) => string;
  readonly exemptLabel: string;
  readonly exemptHint: string;

  readonly coverageHeading: string;
  readonly monthName: (month: number) => string;
  readonly monthStatus: Readonly<Record<MonthStatus, string>>;
  readonly itemCount: (count: number) => string;
  readonly coverageSummary: (gaps: readonly number[], exempt: readonly number[]) => string;
  readonly coverageTile: (month: number, status: MonthStatus, count: number) => string;
  /** The period in a few words (`periodCaption`), from its year and its months in order. */
  readonly periodCaption: (year: number | null, months: readonly number[]) => string;

  readonly issuesHeading: string;
  readonly noIssues: string;
  readonly issueCount: (errors: number, warnings: number) => string;
  /** The line under the coverage verdict: how many issues, or none. */
  readonly issueSummary: (errors: number, warnings: number) => string;
  readonly severity: { readonly error: string; readonly warning: string };
  readonly sheetLevel: string;
  readonly goToCell: (cell: string) => string;
  readonly showAllIssues: (count: number) => string;

  readonly tablesHeading: string;
  readonly tablesHint: string;
  readonly tablesHintFile: string;
  readonly buildTables: string;
  readonly building: string;
  readonly buildProgress: (done: number, total: number) => string;
  readonly writeReport: (report: WriteReport) => string;
  readonly needSchedule: string;
  readonly actionsLabel: string;
  readonly settingsLabel: string;
  readonly builtSheetsLabel: string;
  readonly goToSheet: (sheet: string) => string;

  readonly documentHeading: string;
  readonly docTypeLabel: string;
  readonly docTypes: { readonly plan: string; readonly summary: string };
  readonly unitLabel: string;
  readonly unitPlaceholder: string;
  readonly titleLabel: string;
  readonly titlePlaceholder: string;
  readonly guidanceLabel: string;
  readonly goalsLabel: string;
  readonly nextStepsLabel: string;
  readonly optionalHint: string;
  readonly savedHint: string;
  readonly savedHintFile: string;
  readonly previewLabel: string;
  /** Under a preview cut short: the copy and the Word file still hold everything. */
  readonly previewCut: (shown: number) => string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly downloadDocx: string;
  readonly preparingDocx: string;
  readonly downloadWorkbook: string;
  readonly preparingWorkbook: string;
  readonly downloaded: (fileName: string) => string;
  /** Office for Mac's webview cannot download files an add-in makes. */
  readonly downloadBlocked: string;
  readonly openInBrowser: string;
  /** Said after a download when the opened file was not OOXML: the copy holds its values, not its formatting. */
  readonly valuesOnly: string;
  /** Added to the opened file's name for the downloaded plan workbook. */
  readonly planWorkbookSuffix: string;

  readonly openFile: string;
  readonly openAnother: string;
  readonly openingFile: (name: string) => string;
  readonly fileHint: string;
  readonly fileIntro: string;
  readonly wpsHint: string;
  readonly currentFile: (name: string) => string;

  readonly errorTitle: string;
  readonly dismiss: string;
  /** Words for the errors of a port; a file that cannot be used is described by core's `describeFileProblem`. */
  readonly portErrors: Readonly<Record<Exclude<PortErrorCode, FileProblemCode>, string>>;
  /** How a message names a file whose name is not known. */
  readonly thisFile: string;
  readonly unexpectedError: (message: string) => string;
  readonly hostSaid: (detail: string) => string;
}

const zhMonth = (m: number) => monthName(m, 'zh', 'short');
const enMonth = (m: number) => monthName(m, 'en', 'short');

const zh: UiStrings = {
  appTitle: '计划表助手',
  appTagline: '检查活动安排表每个月是否都有安排，生成计划表和工作计划、工作总结。',
  loading: '正在读取工作簿…',
  refresh: '重新读取',
  languageLabel: '界面语言 Language',
  simplifiedOnly: '计划表助手目前只有简体中文和英文界面。',

  sourceHeading: '活动安排表',
  sheetLabel: '工作表',
  detectedMark: '（自动识别）',
  noSheets: '工作簿中没有可用的工作表。',
  columnsLabel: '识别到的列',
  layoutRead: { months_across: '按月份横排读取', months_down: '按月份竖排读取（月份在第一列）' },
  columnsChange: '更改列',
  columnsDone: '完成',
  columnNotFound: '未找到',
  columnAuto: (found) => (found === undefined ? '自动' : found ? `自动（${found}）` : '自动（未找到）'),
  fieldNames: { month: '月份', activity: '活动内容', group: '工作类别', owner: '负责人', status: '完成情况', notes: '备注' },
  newSchedule: '新建活动安排表',
  newScheduleDone: (sheet) => `已新建工作表“${sheet}”，带有表头和月份、工作类别的下拉列表。请在其中填写活动。`,
  newScheduleDoneFile: (sheet, file) =>
    `已下载“${file}”，其中新建了工作表“${sheet}”（带表头和下拉列表），保存在浏览器的下载位置（通常是“下载”文件夹）。` +
    '请用 Excel 或 WPS 打开这个文件，填写活动并保存，再回到这里打开它。',
  newScheduleSuffix: '-活动安排',
  notASchedule: (sheet) => `“${sheet}”里没有找到活动安排：需要一行表头，含月份列和活动列。请选择另一张工作表，或新建活动安排表。`,

  periodHeading: '计划期',
  yearLabel: '年度',
  yearHint: (inferred) => (inferred ? `留空时按表格推断：${inferred}年` : '留空时按表格标题和日期推断'),
  yearInvalid: '请输入四位数的年份，例如 2024。',
  startMonthLabel: '起始月份',
  startMonthOption: (m) => (m === 1 ? '1月（自然年）' : m === 9 ? '9月（学年）' : `${m}月`),
  exemptLabel: '不计月份',
  exemptHint: '如寒暑假：这些月份没有活动也不算缺少。',

  coverageHeading: '月度覆盖',
  monthName: zhMonth,
  monthStatus: { covered: '已覆盖', gap: '缺少活动', exempt: '不计' },
  itemCount: (n) => `${n} 项`,
  coverageSummary: (gaps, exempt) =>
    (gaps.length === 0 ? '每个月都有活动安排。' : `有 ${gaps.length} 个月缺少活动：${gaps.map(zhMonth).join('、')}。`) +
    (exempt.length > 0 ? `不计：${exempt.map(zhMonth).join('、')}。` : ''),
  coverageTile: (m, status, count) =>
    `${zhMonth(m)}：${status === 'covered' ? `已覆盖，${count} 项活动` : status === 'gap' ? '缺少活动' : `不计${count ? `，${count} 项活动` : ''}`}`,
  periodCaption: (year, months) => periodCaption(year, months[0] ?? 1, 'zh'),

  issuesHeading: '问题',
  noIssues: '没有发现问题。',
  issueCount: (e, w) => [e ? `${e} 个错误` : '', w ? `${w} 个提醒` : ''].filter(Boolean).join('，'),
  issueSummary: (e, w) =>
    e + w === 0
      ? '表格中没有发现问题。'
      : `表格中有 ${[e ? `${e} 个错误` : '', w ? `${w} 个提醒` : ''].filter(Boolean).join('、')}，见下方“问题”。`,
  severity: { error: '错误', warning: '提醒' },
  sheetLevel: '整张表',
  goToCell: (cell) => `定位到单元格 ${cell}`,
  showAllIssues: (n) => `显示全部 ${n} 条`,

  tablesHeading: '计划表',
  tablesHint: '在工作簿中写入“主要工作”“月度安排”“覆盖检查”三张表。原来的活动安排表不会被改动。',
  tablesHintFile: '下载一份新的工作簿：原有内容不变，另加“主要工作”“月度安排”“覆盖检查”三张表。',
  buildTables: '生成计划表',
  building: '正在生成计划表…',
  buildProgress: (d, t) => `已完成 ${d}/${t}`,
  writeReport: (report) =>
    '已写入：' + report.sheets.map((s) => `“${s.sheet}”（${s.rows} 行${s.replaced ? '，已更新' : ''}）`).join('、') + '。',
  needSchedule: '先选择一张活动安排表。',
  actionsLabel: '生成和导出',
  settingsLabel: '设置',
  builtSheetsLabel: '转到：',
  goToSheet: (sheet) => `转到工作表“${sheet}”`,

  documentHeading: '工作计划 / 总结',
  docTypeLabel: '文档类型',
  docTypes: { plan: '工作计划', summary: '工作总结' },
  unitLabel: '单位名称',
  unitPlaceholder: '例如：红星小学工会',
  titleLabel: '标题',
  titlePlaceholder: '留空时自动生成',
  guidanceLabel: '指导思想',
  goalsLabel: '工作目标',
  nextStepsLabel: '下一步打算',
  optionalHint: '选填；留空则文档中不出现这一部分。',
  savedHint: '这些内容随工作簿保存，下次打开仍在。',
  savedHintFile: '这些内容会写进下载的工作簿，下次打开那个文件时仍在；原来的文件不会改动。',
  previewLabel: '预览',
  previewCut: (shown) => `预览只显示开头 ${shown.toLocaleString('zh-CN')} 字；复制和 Word 文档包含全文。`,
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyFailed: '无法访问剪贴板。请点击预览，按 Ctrl+A 全选后复制。',
  downloadDocx: '下载 Word 文档',
  preparingDocx: '正在生成 Word 文档…',
  downloadWorkbook: '下载计划表工作簿',
  preparingWorkbook: '正在生成工作簿…',
  downloaded: (name) => `已下载“${name}”，保存在浏览器的下载位置（通常是“下载”文件夹）。`,
  downloadBlocked:
    'Mac 版 Office 不允许加载项下载文件。可以点“复制”，在 Word 中新建文档后粘贴；' +
    '或者保存工作簿，在浏览器中打开计划表助手，在那里打开这个工作簿并下载 Word 文档。',
  openInBrowser: '在浏览器中打开计划表助手',
  planWorkbookSuffix: '-计划表',
  valuesOnly: valuesOnlyNote('zh'),

  openFile: '打开 Excel 文件',
  openAnother: '打开其他文件',
  openingFile: (name) => `正在读取“${name}”…`,
  fileHint: '也可以把文件拖到这里。文件只在本机浏览器中处理，不会上传。',
  fileIntro: '打开活动安排表（.xlsx），查看每个月的活动覆盖情况和表格问题，生成计划表工作簿和工作计划、工作总结。',
  wpsHint: '支持 Excel（.xlsx、.xlsm、.xls）、WPS（.et）、LibreOffice（.ods）和 CSV 文件，也支持办公系统导出的网页表格。',
  currentFile: (name) => `当前文件：${name}`,

  errorTitle: '出错了',
  dismiss: '关闭',
  portErrors: {
    cell_edit_mode: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。',
    sheet_protected: '工作表受保护，无法写入。请在“审阅 › 撤销工作表保护”后再试。',
    payload_too_large: '数据超过了 Excel 单次请求的上限（5 MB）。请删去多余的行或把表格拆开后再试。',
    api_unsupported: '当前版本的 Excel 不支持这项功能。请更新 Office，或改用网页版 Excel。',
    sheet_not_found: '找不到这张工作表，它可能已被改名或删除。请重新读取后再选择。',
    not_a_workbook: '无法打开这个文件：它不是 .xlsx 格式的 Excel 工作簿。WPS 文件或 .xls 文件请先另存为 .xlsx。',
    range_too_large:
      '这张工作表的已用区域超过 500 万个单元格，Excel 无法读取。可能是表格以外很远的单元格里还留有内容：请删除表格下方和右侧多余的行和列后再试。',
    workbook_protected: '工作簿结构受保护，无法添加或替换工作表。请在“审阅 › 保护工作簿”中取消保护后再试。',
    setting_too_long: '有一项内容（如指导思想、工作目标）超过了 Excel 单元格能容纳的 32,767 个字符，无法随工作簿保存。请缩短后再试。',
    unknown: '操作没有完成。请再试一次；如果仍然出错，请关闭并重新打开计划表助手。',
  },
  thisFile: '这个文件',
  unexpectedError: (message) => `操作没有完成：${message}`,
  hostSaid: (detail) => `（Excel 的提示：${detail}）`,
};

const en: UiStrings = {
  appTitle: 'PlanSheet',
  appTagline: 'Checks that every month of your schedule has activities, and builds the plan tables and the work plan or summary.',
  loading: 'Reading the workbook…',
  refresh: 'Read again',
  languageLabel: '界面语言 Language',
  simplifiedOnly: 'PlanSheet comes in simplified Chinese and English only.',

  sourceHeading: 'Schedule',
  sheetLabel: 'Sheet',
  detectedMark: ' (detected)',
  noSheets: 'The workbook has no sheet to read.',
  columnsLabel: 'Columns found',
  layoutRead: { months_across: 'Read with months across', months_down: 'Read with months down the first column' },
  columnsChange: 'Change columns',
  columnsDone: 'Done',
  columnNotFound: 'not found',
  columnAuto: (found) => (found === undefined ? 'Auto' : found ? `Auto (${found})` : 'Auto (not found)'),
  fieldNames: { month: 'Month', activity: 'Activity', group: 'Group', owner: 'Owner', status: 'Status', notes: 'Notes' },
  newSchedule: 'New schedule sheet',
  newScheduleDone: (sheet) =>
    `Added the sheet “${sheet}” with headers and drop-down lists for month and group. Fill in your activities there.`,
  newScheduleDoneFile: (sheet, file) =>
    `Downloaded “${file}” with a new sheet “${sheet}” (headers and drop-down lists) to your browser's download folder. ` +
    'Open it in Excel or WPS, fill in your activities, save it, then open it here.',
  newScheduleSuffix: '-schedule',
  notASchedule: (sheet) =>
    `No schedule found in “${sheet}”: it needs a header row with a month column and an activity column. ` +
    'Choose another sheet or start a new one.',

  periodHeading: 'Period',
  yearLabel: 'Year',
  yearHint: (inferred) =>
    inferred ? `Leave blank to use the sheet's year: ${inferred}` : "Leave blank to infer it from the sheet's title and dates",
  yearInvalid: 'Enter a four-digit year, such as 2024.',
  startMonthLabel: 'Starts in',
  startMonthOption: (m) => (m === 1 ? 'January (calendar year)' : m === 9 ? 'September (school year)' : monthName(m, 'en')),
  exemptLabel: 'Months not counted',
  exemptHint: 'Such as holidays: no activity in these months is not a gap.',

  coverageHeading: 'Month coverage',
  monthName: enMonth,
  monthStatus: { covered: 'Covered', gap: 'Gap', exempt: 'Not counted' },
  itemCount: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
  coverageSummary: (gaps, exempt) =>
    (gaps.length === 0
      ? 'Every month has activities.'
      : `${gaps.length} ${gaps.length === 1 ? 'month has' : 'months have'} no activity: ${gaps.map(enMonth).join(', ')}.`) +
    (exempt.length > 0 ? ` Not counted: ${exempt.map(enMonth).join(', ')}.` : ''),
  coverageTile: (m, status, count) =>
    `${enMonth(m)}: ${status === 'covered' ? `covered, ${count} ${count === 1 ? 'activity' : 'activities'}` : status === 'gap' ? 'gap, no activity' : 'not counted'}`,
  periodCaption: (year, months) => periodCaption(year, months[0] ?? 1, 'en'),

  issuesHeading: 'Issues',
  noIssues: 'No issues found.',
  issueCount: (e, w) =>
    [e ? `${e} ${e === 1 ? 'error' : 'errors'}` : '', w ? `${w} ${w === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', '),
  issueSummary: (e, w) =>
    e + w === 0
      ? 'No issues found in the sheet.'
      : `The sheet has ${[e ? `${e} ${e === 1 ? 'error' : 'errors'}` : '', w ? `${w} ${w === 1 ? 'warning' : 'warnings'}` : '']
          .filter(Boolean)
          .join(' and ')}; see Issues below.`,
  severity: { error: 'Error', warning: 'Warning' },
  sheetLevel: 'Sheet',
  goToCell: (cell) => `Go to cell ${cell}`,
  showAllIssues: (n) => `Show all ${n}`,

  tablesHeading: 'Plan tables',
  tablesHint: 'Writes three sheets into the workbook: Main Work, Monthly Schedule and Coverage. Your schedule sheet is not changed.',
  tablesHintFile: 'Downloads a new workbook: everything in yours, plus the Main Work, Monthly Schedule and Coverage sheets.',
  buildTables: 'Build plan tables',
  building: 'Building the plan tables…',
  buildProgress: (d, t) => `${d} of ${t} done`,
  writeReport: (report) =>
    'Written: ' +
    report.sheets.map((s) => `“${s.sheet}” (${s.rows} ${s.rows === 1 ? 'row' : 'rows'}${s.replaced ? ', updated' : ''})`).join(', ') +
    '.',
  needSchedule: 'Choose a schedule sheet first.',
  actionsLabel: 'Build and export',
  settingsLabel: 'Settings',
  builtSheetsLabel: 'Go to:',
  goToSheet: (sheet) => `Go to the sheet “${sheet}”`,

  documentHeading: 'Work plan / summary',
  docTypeLabel: 'Document',
  docTypes: { plan: 'Work plan', summary: 'Work summary' },
  unitLabel: 'Organisation',
  unitPlaceholder: 'e.g. Red Star School Union',
  titleLabel: 'Title',
  titlePlaceholder: 'Leave blank for the usual title',
  guidanceLabel: 'Guiding principles',
  goalsLabel: 'Goals',
  nextStepsLabel: 'Next steps',
  optionalHint: 'Optional; left out of the document when blank.',
  savedHint: 'Kept with the workbook, so they are here next time.',
  savedHintFile: 'Written into the workbook you download, so they are there when you open that file again; your own file is not changed.',
  previewLabel: 'Preview',
  previewCut: (shown) => `The preview shows the first ${shown.toLocaleString('en')} characters; Copy and the Word file have all of it.`,
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The clipboard is not available. Click the preview, press Ctrl+A and copy.',
  downloadDocx: 'Download Word document',
  preparingDocx: 'Making the Word document…',
  downloadWorkbook: 'Download plan workbook',
  preparingWorkbook: 'Making the workbook…',
  downloaded: (name) => `Downloaded “${name}” to your browser's download folder (usually Downloads).`,
  downloadBlocked:
    'Office for Mac does not let add-ins download files. Use Copy and paste into a new Word document, ' +
    'or save the workbook, open PlanSheet in a browser, open the workbook there and download the Word file.',
  openInBrowser: 'Open PlanSheet in a browser',
  planWorkbookSuffix: '-plan',
  valuesOnly: valuesOnlyNote('en'),

  openFile: 'Open an Excel file',
  openAnother: 'Open another file',
  openingFile: (name) => `Reading “${name}”…`,
  fileHint: 'Or drop the file here. The file is read in this browser only; nothing is uploaded.',
  fileIntro:
    'Open your activity schedule (.xlsx) to see which months have activities and what needs fixing, and to get the plan workbook and the work plan or summary.',
  wpsHint:
    'Excel (.xlsx, .xlsm, .xls), WPS (.et), LibreOffice (.ods) and CSV files all work, and so do web-page tables exported from office systems.',
  currentFile: (name) => `File: ${name}`,

  errorTitle: 'Something went wrong',
  dismiss: 'Dismiss',
  portErrors: {
    cell_edit_mode: 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    sheet_protected: 'The sheet is protected, so nothing can be written. Unprotect it (Review › Unprotect Sheet) and try again.',
    payload_too_large: 'This is more data than Excel takes in one request (5 MB). Remove unused rows or split the sheet, then try again.',
    api_unsupported: 'This version of Excel does not support this feature. Update Office or use Excel on the web.',
    sheet_not_found: 'That sheet is gone; it may have been renamed or deleted. Read the workbook again and choose another.',
    not_a_workbook: 'This file cannot be opened: it is not an Excel workbook in .xlsx format. Save WPS or .xls files as .xlsx first.',
    range_too_large:
      'The used area of this sheet has more than 5 million cells, more than Excel can read. A cell far from the table may still hold ' +
      'something: delete the unused rows below and columns to the right of the table, then try again.',
    workbook_protected:
      'The workbook structure is protected, so no sheet can be added or replaced. Unprotect it (Review › Protect Workbook) and try again.',
    setting_too_long:
      'A text (such as the guiding principles or the goals) is longer than the 32,767 characters an Excel cell holds, ' +
      'so it cannot be saved with the workbook. Shorten it and try again.',
    unknown: 'That did not work. Try again; if it keeps failing, close PlanSheet and open it again.',
  },
  thisFile: 'this file',
  unexpectedError: (message) => `That did not work: ${message}`,
  hostSaid: (detail) => `(Excel said: ${detail})`,
};

/**
 * The pane's words in one language.
 *
 * @example
 * uiStrings('zh').buildTables //=> '生成计划表'
 */
export function uiStrings(lang: Lang): UiStrings {
  return lang === 'en' ? en : zh;
}
