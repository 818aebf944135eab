import { chineseOrdinal } from './chinese-ordinal';
import { monthName } from './month-name';
import { monthsInWords } from './months-in-words';
import type { Activity } from '../plan/activity';
import type { Lang } from './lang';
import type { MonthStatus } from '../plan/coverage';
import type { Period } from '../plan/period';
import type { SheetSpec } from '../tables/sheet-spec';

/** The words of the three plan sheets: names, headers, statuses and how an item's months read. */
export interface PlanSheetWords {
  readonly sheets: Readonly<Record<SheetSpec['key'], string>>;
  readonly work: readonly [string, string, string, string, string, string];
  readonly monthly: readonly [string, string, string, string];
  readonly coverage: { readonly month: string; readonly total: string; readonly status: string };
  readonly status: Readonly<Record<MonthStatus, string>>;
  readonly yearLong: string;
  readonly undecided: string;
  /** What the monthly sheet says in the activity column of a month without items. */
  readonly emptyMonth: Readonly<Record<Exclude<MonthStatus, 'covered'>, string>>;
  number(group: number, item: number): string;
  monthName(month: number): string;
  /** The months an item was read as, in short form. */
  reading(activity: Activity, period: Period): string;
  /** The month cell as typed, with what it was read as when that adds something. */
  withReading(typed: string, reading: string): string;
}

const ZH: PlanSheetWords = {
  sheets: { work: '主要工作', monthly: '月度安排', coverage: '覆盖检查' },
  work: ['序号', '任务组', '工作内容', '月份', '负责人', '完成情况'],
  monthly: ['月份', '活动', '任务组', '负责人'],
  coverage: { month: '月份', total: '合计', status: '状态' },
  status: { covered: '已覆盖', gap: '缺少活动', exempt: '不计' },
  yearLong: '全年',
  undecided: '待定',
  emptyMonth: { gap: '（缺少活动）', exempt: '（不计）' },
  // The document numbers groups （一）（二） and items 1、2、 afresh in each group; the table says the same.
  number: (group, item) => `（${chineseOrdinal(group)}）${item}`,
  monthName: (m) => monthName(m, 'zh'),
  reading: (a, period) => reading(a, period, 'zh', { every: '每月', yearLong: '全年', undecided: '待定', none: '未计入' }),
  withReading: (typed, read) =>
    typed === '' ? `（${read === '未计入' ? '未填写' : read}）` : typed === read ? typed : `${typed}（${read}）`,
};

const EN: PlanSheetWords = {
  sheets: { work: 'Main Work', monthly: 'Monthly Schedule', coverage: 'Coverage' },
  work: ['No.', 'Task group', 'Work', 'Month', 'Owner', 'Status'],
  monthly: ['Month', 'Activity', 'Task group', 'Owner'],
  coverage: { month: 'Month', total: 'Total', status: 'Status' },
  status: { covered: 'Covered', gap: 'Gap', exempt: 'Exempt' },
  yearLong: 'All year',
  undecided: 'Undecided',
  emptyMonth: { gap: '(no activity)', exempt: '(exempt)' },
  number: (group, item) => `${group}.${item}`,
  monthName: (m) => monthName(m, 'en'),
  reading: (a, period) =>
    reading(a, period, 'en', { every: 'every month', yearLong: 'all year', undecided: 'undecided', none: 'not counted' }),
  withReading: (typed, read) =>
    typed === '' ? `(${read === 'not counted' ? 'blank' : read})` : typed === read ? typed : `${typed} (${read})`,
};

function reading(
  a: Activity,
  period: Period,
  lang: Lang,
  words: { every: string; yearLong: string; undecided: string; none: string },
): string {
  switch (a.timing) {
    case 'every_month':
      return words.every;
    case 'year_long':
      return words.yearLong;
    case 'undecided':
      return words.undecided;
    case 'months': {
      return a.months.length === 0 ? words.none : monthsInWords(a.months, period, lang, 'short');
    }
    default:
      return words.none;
  }
}

/**
 * The plan sheets' words in one language.
 *
 * @example
 * planSheetWords('zh').sheets.monthly //=> '月度安排'
 */
export function planSheetWords(lang: Lang): PlanSheetWords {
  return lang === 'en' ? EN : ZH;
}
