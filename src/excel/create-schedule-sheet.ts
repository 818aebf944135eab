import { columnLetters } from '../core/to-a1';
import type { ScheduleTemplate } from '../core/workbook-port';
import { toCellInput } from './cell-input';

/** Rows under the header that get the drop-down lists. */
const VALIDATED_ROWS = 500;
/** Excel refuses a list typed into the rule longer than this. */
const MAX_INLINE_LIST = 255;
/** Where lists too long for the rule itself are kept (very hidden, like the settings sheet). */
export const LISTS_SHEET = '_plansheet_lists';
const COLUMN_WIDTH_POINTS = 90;

/**
 * A new schedule sheet: the title in A1, the headers in row 2 (both bold), a
 * frozen top, and drop-down lists (data validation, ExcelApi 1.8) for the
 * listed columns in the rows below. A list that does not fit in the rule (255
 * characters, or a value with a comma) is kept in a very hidden sheet and
 * referred to. One round trip, two when such a list needs its sheet.
 */
export async function createScheduleSheet(context: Excel.RequestContext, spec: ScheduleTemplate): Promise<string> {
  const long = spec.lists.filter((list) => !fitsInline(list.values));
  let sources = new Map<number, string>();
  if (long.length > 0) sources = await storeLongLists(context, spec.name, long);

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

/** Writes each long list into a fresh column of the lists sheet; resolves to column → "=range" source. */
async function storeLongLists(
  context: Excel.RequestContext,
  sheetName: string,
  lists: readonly { readonly column: number; readonly values: readonly string[] }[],
): Promise<Map<number, string>> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const exists = sheets.items.some((s) => s.name.toLowerCase() === LISTS_SHEET);
  let next = 0;
  if (exists) {
    const used = sheets.getItem(LISTS_SHEET).getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    await context.sync();
    if (!used.isNullObject) next = used.columnIndex + used.columnCount;
  }
  const store = exists ? sheets.getItem(LISTS_SHEET) : sheets.add(LISTS_SHEET);
  if (!exists) store.visibility = 'VeryHidden';
  const sources = new Map<number, string>();
  for (const list of lists) {
    const col = next++;
    const cells = [[toCellInput(sheetName)], ...list.values.map((v) => [toCellInput(v)])];
    store.getRangeByIndexes(0, col, cells.length, 1).values = cells;
    const letters = columnLetters(col);
    // Row 1 names the schedule sheet the list belongs to; the list is below it.
    sources.set(list.column, `=${LISTS_SHEET}!$${letters}$2:$${letters}$${cells.length}`);
  }
  return sources;
}
