import { columnLetters } from '../core/sheet/to-a1';
import { PortError } from '../core/ports/workbook-port';
import type { ScheduleTemplate } from '../core/tables/schedule-template';
import { editPackage, type EditedPackage, type SheetWrite } from './package/edit-package';
import { openPackage } from './package/open-package';

/** Rows below the header that get the drop-down lists. */
const LIST_ROWS = 500;
/** Excel's limit for a list typed into the validation itself ("a,b,c"). */
const MAX_INLINE_LIST = 255;
const LISTS_SHEET = '_plansheet_lists';
/** Drop-down columns hold short words (三月, 文体活动); the others free text. */
const LIST_WIDTH = 14;
const TEXT_WIDTH = 28;

/**
 * A copy of the workbook with a new, empty schedule sheet added last: the title merged across the
 * top (bold, 14 pt, centred), the header row under it (bold, frozen with the title), and drop-down
 * lists on the columns the template names, without an error alert (a secretary may still type
 * 3-4月 or 上半年, which the check reads). A list too long to write inline (or with commas in its
 * values) goes into a very hidden `_plansheet_lists` sheet. Every other part stays as it was.
 *
 * @example
 * const { bytes } = addScheduleSheet(original, scheduleTemplate('zh', 2024, sheetNames));
 * (await readWorkbook(bytes)).sheets.at(-1)?.rows[1].values //=> ['月份', '工作内容', '工作类别', '负责人', '完成情况', '备注']
 */
export function addScheduleSheet(original: Uint8Array, template: ScheduleTemplate): EditedPackage {
  const pkg = openPackage(original);
  const taken = new Set(pkg.sheets.map((s) => s.name.toLowerCase()));
  if (taken.has(template.name.toLowerCase())) throw new PortError('unknown', `a sheet named ${template.name} exists already`);
  const width = template.headers.length;
  const listsName = freeSheetName(LISTS_SHEET, taken);
  const long: (readonly string[])[] = [];
  const validations = template.lists.map((list) => {
    const inline = list.values.join(',');
    const fits = inline.length <= MAX_INLINE_LIST && !list.values.some((v) => /[,"]/.test(v));
    const col = columnLetters(list.column);
    let formula = `"${inline}"`;
    if (!fits) {
      const at = columnLetters(long.length);
      long.push(list.values);
      formula = `'${listsName}'!$${at}$1:$${at}$${Math.max(1, list.values.length)}`;
    }
    return { sqref: `${col}3:${col}${LIST_ROWS + 2}`, list: formula };
  });
  const schedule: SheetWrite = {
    name: template.name,
    replace: false,
    content: {
      extent: { lastRow: 1, lastCol: Math.max(0, width - 1) },
      columns: template.headers.map((_, c) => ({ width: template.lists.some((l) => l.column === c) ? LIST_WIDTH : TEXT_WIDTH })),
      frozenRows: 2,
      rows: () => [
        { row: 0, values: [template.title], styles: [0] },
        { row: 1, values: template.headers, styles: template.headers.map(() => 1) },
      ],
      merges: width > 1 ? [{ top: 0, left: 0, bottom: 0, right: width - 1 }] : [],
      validations,
    },
    styles: [{ bold: true, size: 14, center: true }, { bold: true }],
    dxfs: [],
    tables: [],
  };
  return editPackage(pkg, long.length > 0 ? [schedule, listsSheet(listsName, long)] : [schedule]);
}

/** The very hidden sheet holding lists too long for a validation: one list per column. */
function listsSheet(name: string, lists: readonly (readonly string[])[]): SheetWrite {
  const height = Math.max(1, ...lists.map((l) => l.length));
  return {
    name,
    state: 'veryHidden',
    replace: false,
    content: {
      extent: { lastRow: height - 1, lastCol: lists.length - 1 },
      rows: function* () {
        for (let r = 0; r < height; r++) yield { row: r, values: lists.map((l) => l[r] ?? null) };
      },
    },
    styles: [],
    dxfs: [],
    tables: [],
  };
}

function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
