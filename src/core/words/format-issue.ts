import { en } from './issues-en';
import { zh } from './issues-zh';
import type { Issue, IssueCode, IssueOf } from '../issues/issue';
import type { IssueMessages } from './issue-messages';
import type { Lang } from './lang';

/**
 * The words for an issue, in Chinese or English. Every message comes from one map per language
 * (`issues-zh.ts`, `issues-en.ts`), so the same issue reads the same wherever it is shown.
 *
 * @example
 * formatIssue({ code: 'month_out_of_range', severity: 'error', sheet: '活动安排', cell: 'B7', value: '十三月' }, 'zh')
 * //=> '月份“十三月”不存在，月份应在 1 到 12 之间。'
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const shown = 'value' in issue ? { ...issue, value: clip(issue.value) } : issue;
  return message(shown, lang === 'en' ? en : zh);
}

function message<C extends IssueCode>(issue: IssueOf<C>, messages: IssueMessages): string {
  return messages[issue.code](issue);
}

/** A cell's text is quoted in a message only this far: a message is one line, not the cell. */
const MAX_VALUE = 30;

function clip(value: string): string {
  return [...value].length > MAX_VALUE ? `${[...value].slice(0, MAX_VALUE).join('')}…` : value;
}
