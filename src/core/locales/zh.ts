import type { Issue, IssueCode } from '../types';

/** Chinese words for every issue code. */
export const zh: Readonly<Record<IssueCode, (issue: Issue) => string>> = {
  not_a_schedule: (i) =>
    `工作表“${i.sheet}”不是活动安排表：前 30 行中没有同时找到月份列和活动列（月份列如 ${list(i.expected?.slice(0, 3))}，活动列如 ${list(i.expected?.slice(3))}）。`,
  merge_info_unavailable: () => '当前 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13），空白的月份单元格将按“缺少月份”处理。',
  month_unknown: (i) => `无法识别的月份“${i.value}”，请写成“3月”“三月”“3-4月”或日期。`,
  month_out_of_range: (i) => `月份“${i.value}”不存在，月份应在 1 到 12 之间。`,
  month_error_value: (i) => `月份单元格是错误值 ${i.value}，请检查公式。`,
  month_undecided: (i) => `月份“${i.value}”尚未确定，该活动暂不计入任何月份。`,
  month_lunar: (i) => `“${i.value}”是农历月份，无法自动换算为公历月份，请改写为公历月份。`,
  month_outside_period: (i) => `月份“${i.value}”属于 ${i.year} 年，不在本计划期内，未计入。`,
  month_missing: () => '该活动没有填写月份，未计入任何月份。',
  activity_missing: (i) => `这一行有月份“${i.value}”但没有活动内容，已跳过。`,
  duplicate_row: (i) => `与第 ${i.firstRow} 行重复（“${i.value}”），只计一次。`,
};

function list(names: readonly string[] | undefined): string {
  return (names ?? []).map((n) => `“${n}”`).join('、');
}
