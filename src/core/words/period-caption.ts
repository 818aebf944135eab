import { monthName } from './month-name';
import type { Lang } from './lang';

/**
 * The plan period in a few words, as the command line's check and the pane's headings show it:
 * a calendar year is its year; a school year runs from its first month to its last; a period
 * whose year is not known says so. (The document's title names a period its own way: 2024—2025学年.)
 *
 * @example
 * periodCaption(2024, 1, 'zh') //=> '2024年'
 * periodCaption(2024, 9, 'zh') //=> '2024年9月至2025年8月'
 * periodCaption(null, 9, 'en') //=> 'Sep to Aug (year unknown)'
 */
export function periodCaption(year: number | null, startMonth: number, lang: Lang): string {
  const last = startMonth === 1 ? 12 : startMonth - 1;
  const month = (m: number): string => monthName(m, lang, 'short');
  if (lang === 'zh') {
    if (year === null) return `${month(startMonth)}至${month(last)}（年度未知）`;
    return startMonth === 1 ? `${year}年` : `${year}年${month(startMonth)}至${year + 1}年${month(last)}`;
  }
  if (year === null) return `${month(startMonth)} to ${month(last)} (year unknown)`;
  return startMonth === 1 ? String(year) : `${month(startMonth)} ${year} to ${month(last)} ${year + 1}`;
}
