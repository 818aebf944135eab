import { freeSheetName } from '../core/tables/free-sheet-name';
import { sheetReference } from '../core/sheet/sheet-reference';
import { columnLetters } from '../core/sheet/to-a1';
import { PortError } from '../core/ports/workbook-port';
import type { ScheduleTemplate } from '../core/tables/schedule-template';
import { toCellInput } from './cell-input';

/** Rows under the header that get the drop-down lists. */
const VALIDATED_ROWS = 500;
/** Excel refuses a list typed into the rule longer than this. */
const MAX_INLINE_LIST = 255;
/**
 * Where lists too long for the rule itself are kept (very hidden, like the settings sheet). A
 * visible sheet of this name is a user's: ours then takes another name ("_plansheet_lists (2)").
 */
export const LISTS_SHEET = '_plansheet_lists';
const COLUMN_WIDTH_POINTS = 90;

/**
 * A new schedule sheet: the title in A1, the headers in row 2 (both bold), a
 * frozen top, and drop-down lists (data validation, ExcelApi 1.8) for the
 * listed columns in the rows below. A list that does not fit in the rule (255
 * characters, or a value with a comma) is kept in a very hidden sheet and
 * referred to, the sheet's name quoted. The first round trip checks that the
 * workbook structure is not protected (ExcelApi 1.7) — else PortError
 * 'workbook_protected' and nothing is tried — and, for such a list, finds the
 * sheets; then one round trip writes (one more to find room in an existing
 * lists sheet).
 */
export async function createScheduleSheet(context: Excel.RequestContext, spec: ScheduleTemplate): Promise<string> {
  const long = spec.lists.filter((list) => !fitsInline(list.values));
  const protection = context.workbook.protection;
  protection.load('protected');
  const sheets = context.workbook.worksheets;
  if (long.length > 0) sheets.load('items/name,items/visibility');
  await context.sync();
  if (protection.protected) throw new PortError('workbook_protected', 'a new schedule sheet is a sheet of its own');
  let sources = new Map<number, string>();
  if (long.length > 0) sources = await storeLongLists(context, spec.name, long, sheets.items);

  const ws = context.workbook.worksheets.add(spec.name);
  const width = Math.max(1, spec.headers.length);
  const title = ws.getRangeByIndexes(0, 0, 1, 1);
  title.values = [[toCellInput(spec.title)]];
  title.format.font.bold = true;
  const header = ws.getRangeByIndexes(1, 0, 1, width);
  header.values = [spec.headers.length ? spec.headers.map(toCellInput) : ['']];
  header.format.font.bold = true;
  header.format.columnWidth = COLUMN_WIDTH_POINTS;
  for (const list of spec.lists) {
    ws.getRangeByIndexes(2, list.column, VALIDATED_ROWS, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source: sources.get(list.column) ?? list.values.join(',') },
    };
  }
  ws.freezePanes.freezeRows(2);
  ws.activate();
  await context.sync();
  return spec.name;
}

function fitsInline(values: readonly string[]): boolean {
  return values.join(',').length <= MAX_INLINE_LIST && values.every((v) => !/[,"]/.test(v));
}

/** Our lists sheet (very hidden, named LISTS_SHEET or a variant of it), or the free name a new one takes. */
function listsSheet(items: readonly Excel.Worksheet[]): { name: string; exists: boolean } {
  const base = LISTS_SHEET.toLowerCase();
  const ours = items.find((s) => {
    const name = s.name.toLowerCase();
    return s.visibility === 'VeryHidden' && (name === base || (name.startsWith(`${base} (`) && name.endsWith(')')));
  });
  if (ours) return { name: ours.name, exists: true };
  return { name: freeSheetName(LISTS_SHEET, new Set(items.map((s) => s.name.toLowerCase()))), exists: false };
}

/** Writes each long list into a fresh column of the lists sheet; resolves to column → "=range" source. */
async function storeLongLists(
  context: Excel.RequestContext,
  sheetName: string,
  lists: readonly { readonly column: number; readonly values: readonly string[] }[],
  items: readonly Excel.Worksheet[],
): Promise<Map<number, string>> {
  const sheets = context.workbook.worksheets;
  const { name, exists } = listsSheet(items);
  let next = 0;
  if (exists) {
    const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    await context.sync();
    if (!used.isNullObject) next = used.columnIndex + used.columnCount;
  }
  const store = exists ? sheets.getItem(name) : sheets.add(name);
  if (!exists) store.visibility = 'VeryHidden';
  const sources = new Map<number, string>();
  for (const list of lists) {
    const col = next++;
    const cells = [[toCellInput(sheetName)], ...list.values.map((v) => [toCellInput(v)])];
    store.getRangeByIndexes(0, col, cells.length, 1).values = cells;
    const letters = columnLetters(col);
    // Row 1 names the schedule sheet the list belongs to; the list is below it.
    sources.set(list.column, sheetReference(name, `$${letters}$2:$${letters}$${cells.length}`));
  }
  return sources;
}
