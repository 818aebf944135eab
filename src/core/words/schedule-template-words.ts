import { monthName } from './month-name';
import type { Lang } from './lang';

/** The words of a new schedule sheet: its name, title, headers and the choices of its drop-down lists. */
export interface ScheduleTemplateWords {
  readonly name: string;
  title(year: number): string;
  readonly headers: readonly string[];
  /** The month column's choices: the twelve months as the reader knows them, then every month, all year, undecided. */
  readonly months: readonly string[];
  readonly groups: readonly string[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const ZH: ScheduleTemplateWords = {
  name: '活动安排表',
  title: (year) => `${year}年工会活动安排表`,
  headers: ['月份', '工作内容', '工作类别', '负责人', '完成情况', '备注'],
  months: [...MONTHS.map((m) => monthName(m, 'zh', 'short')), '每月', '全年', '待定'],
  groups: ['思想政治建设', '民主管理', '职工文体活动', '关爱帮扶', '工会自身建设'],
};

const EN: ScheduleTemplateWords = {
  name: 'Schedule',
  title: (year) => `${year} union activity schedule`,
  headers: ['Month', 'Activity', 'Group', 'Owner', 'Status', 'Notes'],
  months: [...MONTHS.map((m) => monthName(m, 'en')), 'Every month', 'All year', 'Undecided'],
  groups: ['Political study', 'Democratic management', 'Culture and sports', 'Care and support', 'Union building'],
};

/**
 * The words of a new schedule sheet in one language.
 *
 * @example
 * scheduleTemplateWords('zh').months.slice(0, 2) //=> ['1月', '2月']
 */
export function scheduleTemplateWords(lang: Lang): ScheduleTemplateWords {
  return lang === 'en' ? EN : ZH;
}
