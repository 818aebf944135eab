import type { FestivalKey } from '../plan/festival';
import type { FestivalSuggestionIssue, FestivalWrongMonthIssue } from '../issues/issue';
import type { IssueMessages } from './issue-messages';

/** Chinese words for every issue code. */
export const zh: IssueMessages = {
  not_a_schedule: (i) =>
    `工作表“${i.sheet}”不是活动安排表：前 30 行中没有同时找到月份列和活动列` +
    `（月份列如 ${list(i.expected.slice(0, 3))}，活动列如 ${list(i.expected.slice(3))}），也没有一行写着六个以上的月份（一月、二月……）。`,
  merge_info_unavailable: () => '当前 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13）：空白的月份单元格按上方的月份计入，请核对。',
  month_unknown: (i) => `无法识别的月份“${i.value}”，请写成“3月”“三月”“3-4月”或日期。`,
  month_out_of_range: (i) => `月份“${i.value}”不存在，月份应在 1 到 12 之间。`,
  month_error_value: (i) => `月份单元格是错误值 ${i.value}，请检查公式。`,
  month_undecided: (i) => `月份“${i.value}”尚未确定，该活动暂不计入任何月份。`,
  month_lunar: (i) => `“${i.value}”是农历月份，无法自动换算为公历月份，请改写为公历月份。`,
  month_outside_period: (i) => `月份“${i.value}”属于 ${i.year} 年，不在本计划期内，未计入。`,
  month_missing: () => '该活动没有填写月份，未计入任何月份。',
  month_filled_from_above: (i) => `${i.cell}${i.lastCell ? `–${i.lastCell}` : ''} 月份空白，按上方的“${i.value}”计入。`,
  activity_missing: (i) => `这一行有月份“${i.value}”但没有活动内容，已跳过。`,
  duplicate_row: (i) => `与第 ${i.firstRow} 行重复（“${i.value}”），只计一次。`,
  formula_not_calculated: () => '这个单元格是公式，但文件里没有保存计算结果：请在 Excel 或 WPS 中打开并保存一次。',
  formula_column_not_calculated: (i) =>
    `${i.column} 列${i.value ? `（“${i.value}”）` : ''}全是公式，但文件里没有保存计算结果：请在 Excel 或 WPS 中打开并保存一次。`,
  festival_wrong_month: (i) => `“${i.value}”安排在 ${i.months.join('、')} 月，${when(i)}。`,
  festival_month_suggestion: (i) =>
    `“${i.value}”可安排在 ${i.festivalDate.month} 月${i.festivalDate.year !== null ? `（${when(i)}）` : ''}。`,
};

const FESTIVAL_NAMES: Readonly<Record<FestivalKey, string>> = {
  new_year: '元旦',
  womens_day: '三八妇女节',
  arbor_day: '植树节',
  qingming: '清明节',
  reading_day: '世界读书日',
  labour_day: '五一劳动节',
  youth_day: '五四青年节',
  nurses_day: '护士节',
  mothers_day: '母亲节',
  childrens_day: '六一儿童节',
  fathers_day: '父亲节',
  party_day: '七一建党节',
  army_day: '八一建军节',
  doctors_day: '中国医师节',
  teachers_day: '教师节',
  national_day: '国庆节',
  winter_solstice: '冬至',
  spring_festival: '春节',
  lantern_festival: '元宵节',
  dragon_boat: '端午节',
  qixi: '七夕节',
  mid_autumn: '中秋节',
  double_ninth: '重阳节',
};

/** When the festival is: "三八妇女节在 3 月", or for a lunar one "2025 年中秋节在 10 月 6 日". */
function when(i: FestivalWrongMonthIssue | FestivalSuggestionIssue): string {
  const name = FESTIVAL_NAMES[i.festival];
  const date = i.festivalDate;
  return date.year === null ? `${name}在 ${date.month} 月` : `${date.year} 年${name}在 ${date.month} 月 ${date.day} 日`;
}

function list(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join('、');
}
