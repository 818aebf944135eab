import { scheduleTemplateWords } from '../words/schedule-template-words';
import type { Lang } from '../words/lang';

/** A new, empty schedule sheet: its name, headers and the lists for drop-downs. */
export interface ScheduleTemplate {
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  /** Zero-based column → allowed values for a drop-down list. */
  readonly lists: readonly { readonly column: number; readonly values: readonly string[] }[];
}

/**
 * The empty schedule sheet "新建活动安排表" creates: headers the detector knows, a
 * title row with the year (so the year is inferred), and drop-down lists for the
 * month and task-group columns. The name avoids every sheet already there.
 *
 * @example
 * scheduleTemplate('zh', 2024, ['活动安排表']).name //=> '活动安排表 (2)'
 * scheduleTemplate('zh', 2024, []).lists[0].values.slice(0, 2) //=> ['1月', '2月']
 */
export function scheduleTemplate(lang: Lang, year: number, takenSheets: readonly string[]): ScheduleTemplate {
  const t = scheduleTemplateWords(lang);
  const taken = new Set(takenSheets.map((s) => s.toLowerCase()));
  let name: string = t.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${t.name} (${n})`;
  return {
    name,
    title: t.title(year),
    headers: [...t.headers],
    lists: [
      { column: 0, values: [...t.months] },
      { column: 2, values: [...t.groups] },
    ],
  };
}
