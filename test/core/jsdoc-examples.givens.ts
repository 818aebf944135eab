import type { Grid } from '../../src/core/sheet/grid';
import type { Activity } from '../../src/core/plan/activity';
import { makePeriod } from '../../src/core/plan/make-period';
import { toCheckReport } from '../../src/core/plan/to-check-report';
import { gridFromValues } from '../../src/core/sheet/grid-from-values';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import { makeAnalysis } from '../helpers/make-analysis';

/**
 * What the @example lines of core's JSDoc name without defining it, per file (relative to
 * src/core): the sheet, analysis or activities the example speaks of. Each is made to be what
 * the example says it is, so that the example's result is the function's real answer.
 */

/** 元旦活动 in January, the one activity of a 2023 plan. */
const newYearOnly = () => makeAnalysis([{ month: [1], group: '文体活动', text: '元旦活动' }], { year: 2023 });

/** A 2023 schedule with something in every month but June, July and August. */
const MONTHS_BUT_SUMMER = [1, 2, 3, 4, 5, 9, 10, 11, 12];
const withSummerGap = () =>
  makeAnalysis(
    MONTHS_BUT_SUMMER.map((m) => ({ month: [m], group: m < 6 ? '文体活动' : '关爱服务', text: `${m}月活动` })),
    { year: 2023, exempt: [7, 8] },
  );

/** The list a secretary keeps: a title, a header row, two activities. */
const listGrid = () =>
  gridFromValues('活动安排', [
    ['2023年学校工会主要活动安排表'],
    ['月份', '活动内容', '工作类别'],
    ['一月', '元旦活动', '文体活动'],
    ['三月', '三八节活动', '关爱服务'],
  ]);

const scheduleGrid = () => gridFromValues('活动安排', [['月份', '活动内容'], ...MONTHS_BUT_SUMMER.map((m) => [`${m}月`, `${m}月活动`])]);

function activity(fields: Partial<Activity>): Activity {
  const base = newYearOnly().activities[0];
  if (base === undefined) throw new Error('makeAnalysis gave no activity');
  return { ...base, ...fields };
}

export const EXAMPLE_GIVENS: Readonly<Record<string, () => Readonly<Record<string, unknown>>>> = {
  'document/build-document.ts': () => ({ analysis: newYearOnly() }),
  'document/render-markdown.ts': () => ({ analysis: newYearOnly() }),
  'document/render-text.ts': () => ({ analysis: newYearOnly() }),
  'tables/describe-plan-sheets.ts': () => ({ analysis: newYearOnly() }),
  'plan/analyze-sheet.ts': () => ({ grid: scheduleGrid() }),
  'plan/build-plan.ts': () => ({ activities: withSummerGap().activities }),
  'plan/check-coverage.ts': () => ({ activities: withSummerGap().activities }),
  'plan/check-festivals.ts': () => ({ activity }),
  'plan/count-completion.ts': () => ({ activity }),
  'plan/month-run.ts': () => ({ calendarYear: makePeriod({ year: 2024 }), schoolYear: makePeriod({ year: 2024, startMonth: 9 }) }),
  'words/months-in-words.ts': () => ({ calendarYear: makePeriod({ year: 2024 }), schoolYear: makePeriod({ year: 2024, startMonth: 9 }) }),
  'sheet/resolve-schedule.ts': () => {
    const sheets: Record<string, Grid> = { 说明: gridFromValues('说明', [['本表由工会办公室维护']]), 活动安排: scheduleGrid() };
    return { read: (name: string) => sheets[name], grid: scheduleGrid() };
  },
  'plan/to-check-report.ts': () => ({ analysis: withSummerGap(), report: toCheckReport(withSummerGap(), 'zh') }),
  'sheet/header/find-header.ts': () => ({ grid: listGrid() }),
  'sheet/read-rows.ts': () => ({ grid: listGrid() }),
  'tables/choose-output-names.ts': () => {
    const result = analyzeSheet(listGrid(), { year: 2023 });
    if (!result.ok) throw new Error('the list grid is no schedule');
    return { specs: describePlanSheets(result.analysis, 'zh') };
  },
};
