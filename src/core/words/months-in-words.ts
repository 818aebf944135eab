import { monthName } from './month-name';
import { monthRun } from '../plan/month-run';
import type { Lang } from './lang';
import type { Period } from '../plan/period';

const TO: Readonly<Record<Lang, string>> = { zh: '至', en: '–' };
const AND: Readonly<Record<Lang, string>> = { zh: '、', en: ', ' };

/**
 * The months an item is in, in words, as the document and the plan sheets both say them: months
 * that follow each other in the period, two or more, as a span from the first to the last (三月至
 * 四月, as people write 3-4月 for two months), other months one by one; '' for none. Long names
 * are a document's, short ones a table's.
 *
 * @example
 * monthsInWords([3, 4], calendarYear, 'zh') //=> '三月至四月'
 * monthsInWords([12, 1, 2], schoolYear, 'en', 'short') //=> 'Dec–Feb'
 * monthsInWords([3, 5], calendarYear, 'zh', 'short') //=> '3月、5月'
 */
export function monthsInWords(months: readonly number[], period: Period, lang: Lang, form: 'long' | 'short' = 'long'): string {
  const name = (m: number): string => monthName(m, lang, form);
  const run = monthRun(months, period);
  return run ? `${name(run[0])}${TO[lang]}${name(run[1])}` : months.map(name).join(AND[lang]);
}
