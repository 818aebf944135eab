import type { DocKey, FlagKey } from '../settings/setting-fields';

/** The command line's flags of the schedule and the period (the document's flags are described with their fields). */
export type PeriodKey = Exclude<FlagKey, DocKey>;

/** What each flag of the schedule and the period does; the compiler asks for a line for every new one. */
export const PERIOD_FLAG_HELP: Readonly<Record<PeriodKey, { readonly example?: string; readonly text: string }>> = {
  sheet: { text: '活动安排所在的工作表（默认：第一张能识别的）' },
  year: { text: '计划年度（默认：从标题或日期中找）' },
  startMonth: { text: '计划期起始月：1 为自然年，9 为学年' },
  exempt: { example: '7,8', text: '不计的月份（如寒暑假）' },
};
