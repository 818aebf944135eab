/** Years as titles write them: 2025年, 2025年度, 2023—2024学年, 二〇二五年, 20xx年. */
const YEAR =
  /(?:(?:19|20|21)\d{2}|[〇零一二三四五六七八九]{4}|20[x×X]{2})\s*(?:[-—–~～至到]\s*(?:(?:19|20|21)\d{2}|20[x×X]{2})\s*)?(?:学年度?|年度|年)/g;

/**
 * A unit, up to its last word (…学校工会, …医院工会, …分工会, …工会委员会, …车间), followed by what
 * the title calls the document, or by its end. The shortest name that ends so is taken, the
 * longer endings first (工会委员会 before 工会).
 */
const UNIT =
  /([^\s，,：:；;。（）()《》“”"、]{1,40}?(?:工会委员会|分工会|工会|车间))(?=工作|主要|重点|活动|计划|安排|要点|总结|行事历|日程|月历|$|[\s（(])/;

/** Words that name a kind of unit, not a unit: "学校工会" alone names none. */
const GENERIC = /^(?:我|本|全)?(?:学校|小学|中学|大学|学院|幼儿园|医院|卫生院|公司|企业|单位|机关|车间|校|院|厂)?$/;

/** The endings a unit's name is made of besides its own name, stripped to see whether a name is left. */
const ENDINGS = /(?:工会委员会|分工会|工会|车间)$/;

/**
 * The unit a schedule's title names, for the document's title and signature: "2025年XX医院工会
 * 工作安排" names XX医院工会. A name is a run of text, after the year is taken out, that ends in
 * 工会, 分工会, 工会委员会 or 车间 and is followed by the document's name (工作安排, 活动安排表,
 * 工作计划…) or ends the title. Words alone that only say what kind of unit (学校工会, 车间分工会,
 * 医院工会) name none: the document would read "学校工会工作计划" for every school. Null when the
 * title names none.
 *
 * @example
 * unitInTitle('2025年XX医院工会工作安排') //=> 'XX医院工会'
 * unitInTitle('红星小学工会委员会2024年度工作计划') //=> '红星小学工会委员会'
 * unitInTitle('2023年学校工会主要活动安排表') //=> null
 */
export function unitInTitle(title: string | null): string | null {
  if (title === null) return null;
  for (const part of title.replace(YEAR, ' ').split(/\s+/)) {
    const unit = UNIT.exec(part)?.[1];
    if (unit !== undefined && !GENERIC.test(unit.replace(ENDINGS, '').replace(ENDINGS, ''))) return unit;
  }
  return null;
}
