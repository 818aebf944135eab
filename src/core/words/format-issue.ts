import { en } from './issues-en';
import { zh } from './issues-zh';
import type { Issue } from '../issues/issue';
import type { Lang } from './lang';

/**
 * The words for an issue, in Chinese or English. Every message comes from
 * `locales/`, so the same issue reads the same wherever it is shown.
 *
 * @example
 * formatIssue({ code: 'month_out_of_range', severity: 'error', sheet: '活动安排', cell: 'B7', value: '十三月' }, 'zh')
 * //=> '月份“十三月”不存在，月份应在 1 到 12 之间。'
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const value = issue.value !== undefined && [...issue.value].length > MAX_VALUE ? `${[...issue.value].slice(0, MAX_VALUE).join('')}…` : issue.value;
  return (lang === 'en' ? en : zh)[issue.code]({ ...issue, value });
}

/** A cell's text is quoted in a message only this far: a message is one line, not the cell. */
const MAX_VALUE = 30;
