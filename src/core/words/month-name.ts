import { chineseOrdinal } from './chinese-ordinal';
import type { Lang } from './lang';

const EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A month's name: long as a document writes it (一月, January), short as a
 * strip or a table shows it (1月, Jan).
 *
 * @example
 * monthName(11, 'zh') //=> '十一月'
 * monthName(11, 'zh', 'short') //=> '11月'
 * monthName(9, 'en', 'short') //=> 'Sep'
 */
export function monthName(month: number, lang: Lang, form: 'long' | 'short' = 'long'): string {
  if (lang === 'zh') return form === 'long' ? `${chineseOrdinal(month)}月` : `${month}月`;
  const name = EN_LONG[month - 1] ?? String(month);
  return form === 'long' ? name : name.slice(0, 3);
}
