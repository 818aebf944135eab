/**
 * The number formats a workbook may use by id alone, with no `numFmt` element (ECMA-376 Part 1,
 * 18.8.30, "numFmt"; http://webapp.docx4java.org/OnlineDemo/ecma376/SpreadsheetML/numFmt.html),
 * as a Chinese (zh-CN) Excel shows them, since that is whose files we read:
 *
 * - 0–49, the same in every language, except that 14 and 22 are the system's short date, which
 *   zh-CN shows as yyyy/m/d (Excel writes 14 for a date typed as 2025/5/1; MS-OI29500 2.1.704,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/, notes that Excel's
 *   14 is the locale's date, m/d/yyyy in en-US);
 * - 27–36 and 50–58, whose code depends on the language: ECMA-376 lists the zh-cn codes, as do
 *   excelize (qax-os/excelize numfmt.go, `langNumFmt["zh-cn"]`) and the rest of the readers
 *   that handle Chinese files. These are the most common date cells of a Chinese workbook
 *   (2025年5月, 5月1日).
 */
const BUILTIN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * The code of a built-in number format, as a zh-CN Excel shows it; undefined for General (0)
 * and for ids with no built-in meaning (those need the workbook's own `numFmt`).
 *
 * @example
 * builtinNumberFormat(31) //=> 'yyyy"年"m"月"d"日"'
 * builtinNumberFormat(14) //=> 'yyyy/m/d'
 * builtinNumberFormat(0) //=> undefined
 */
export function builtinNumberFormat(id: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN, id) ? BUILTIN[id] : undefined;
}
