import { settingsFromRows, SETTINGS_SHEET } from '../../core/settings/plan-settings';
import type { Grid } from '../../core/sheet/grid';
import { PortError } from '../../core/ports/workbook-port';
import type { PlanSettings } from '../../core/settings/plan-settings';
import { readZipDirectory } from '../list-zip-entries';
import type { ReadLimits } from '../read-limits';
import type { WorkbookData } from '../../core/ports/workbook-data';
import type { Inflater } from './inflate-entry';
import { openPackage, type Package, type Relationship } from './open-package';
import { ReadBudget, tooLarge } from './read-budget';
import { sharedStringsHandler } from './read-shared-strings';
import { NO_STYLES, stylesHandler, type CellStyles } from './read-styles';
import { tableNameHandler, workbookHandler, type SheetEntry } from './workbook-handler';
import { WorksheetHandler, type SheetContext } from './worksheet-handler';

/** The main part's content types (ECMA-376 Part 1, 12.3.23): workbook, macro-enabled, template, macro-enabled template. */
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);

/**
 * Reads an Office Open XML workbook (.xlsx, .xlsm, .xltx, .xltm; transitional or strict) into
 * core's grids, reading only the parts core needs, in the order the package names them: the
 * package's relationships to the workbook part, the workbook (sheets, their state, the date
 * system), its relationships, the styles' number formats, the shared strings, then each visible
 * worksheet (and the very hidden settings sheet) as a sparse grid, and the names of every
 * sheet's tables. Hidden sheets are listed but never read. Every part is bounded by `limits`
 * while it is inflated.
 *
 * @example
 * (await readXlsx(bytes, READ_LIMITS)).sheets[0].rows[1] //=> { row: 1, cols: [0, 1, 2], values: ['序号', '月份', '活动内容'] }
 */
export async function readXlsx(bytes: Uint8Array, limits: ReadLimits, inflater?: Inflater): Promise<WorkbookData> {
  const directory = readZipDirectory(bytes);
  if (directory === null) throw PortError.file({ code: 'file_damaged' }, 'no readable zip directory');
  const budget = new ReadBudget(limits);
  const pkg = openPackage(bytes, directory, budget, inflater);
  const workbookPart = await findWorkbookPart(pkg);
  const workbook = workbookHandler();
  await pkg.read(workbookPart, workbook);
  const { sheets: entries, date1904 } = workbook.result();
  const relationships = new Map((await pkg.relationships(workbookPart)).map((r) => [r.id, r]));
  const partOf = (sheet: SheetEntry): Relationship | undefined =>
    sheet.relationshipId ? relationships.get(sheet.relationshipId) : undefined;
  const toRead = entries.filter((s) => (s.state === 'visible' || s.name === SETTINGS_SHEET) && partOf(s)?.type === 'worksheet');
  const related = (type: string): string | null => [...relationships.values()].find((r) => r.type === type)?.target ?? null;
  checkDeclaredSizes(pkg, [related('styles'), related('sharedStrings'), ...toRead.map((s) => partOf(s)!.target)], limits);
  const context: SheetContext = {
    styles: toRead.length > 0 ? await readStyles(pkg, related('styles')) : NO_STYLES,
    sharedStrings: toRead.length > 0 ? await readSharedStrings(pkg, related('sharedStrings'), budget) : [],
    date1904,
    budget,
  };
  const sheets: Grid[] = [];
  const sheetTables: Record<string, readonly string[]> = {};
  let settings: PlanSettings = {};
  for (const entry of entries) {
    const part = partOf(entry);
    sheetTables[entry.name] = part?.type === 'worksheet' && part.target ? await tableNames(pkg, part.target) : [];
    if (!toRead.includes(entry)) continue;
    const grid = await readWorksheet(pkg, entry.name, part!.target, context);
    if (entry.name === SETTINGS_SHEET) settings = settingsFromRows(gridRows(grid));
    else sheets.push(grid);
  }
  return { kind: 'xlsx', sheets, settings, sheetNames: entries.map((s) => s.name), sheetTables };
}

const FALLBACK_WORKBOOK = 'xl/workbook.xml';

/**
 * The workbook part: the target of the package relationship of type officeDocument (ECMA-376
 * Part 2, 9.3), else xl/workbook.xml, where every producer puts it, unless `[Content_Types].xml`
 * says it is something else.
 */
async function findWorkbookPart(pkg: Package): Promise<string> {
  const main = (await pkg.relationships('')).find((r) => r.type === 'officeDocument' && r.target !== null)?.target;
  if (main && pkg.entry(main)) return main;
  const type = pkg.entry(FALLBACK_WORKBOOK) ? await pkg.contentType(FALLBACK_WORKBOOK) : undefined;
  if (type === null || (type !== undefined && WORKBOOK_TYPES.has(type))) return FALLBACK_WORKBOOK;
  throw PortError.file({ code: 'file_damaged' }, 'no workbook part in the package');
}

/**
 * The uncompressed sizes the directory declares for the parts to read: a file that owns up to
 * being too large is refused before anything is inflated.
 */
function checkDeclaredSizes(pkg: Package, parts: readonly (string | null)[], limits: ReadLimits): void {
  let total = 0;
  for (const part of parts) total += part ? (pkg.entry(part)?.size ?? 0) : 0;
  if (total > limits.totalBytes) throw tooLarge(total, limits.totalBytes, 'the parts to read declare more than the limit');
}

async function readStyles(pkg: Package, part: string | null): Promise<CellStyles> {
  if (part === null || pkg.entry(part) === undefined) return NO_STYLES;
  const handler = stylesHandler();
  await pkg.read(part, handler);
  return handler.result();
}

async function readSharedStrings(pkg: Package, part: string | null, budget: ReadBudget): Promise<readonly string[]> {
  if (part === null || pkg.entry(part) === undefined) return [];
  const handler = sharedStringsHandler(budget);
  await pkg.read(part, handler);
  return handler.strings;
}

async function readWorksheet(pkg: Package, name: string, part: string | null, context: SheetContext): Promise<Grid> {
  if (part === null) throw PortError.file({ code: 'file_damaged' }, `sheet ${name} has no part`);
  const handler = new WorksheetHandler(name, context);
  await pkg.read(part, handler);
  return handler.grid();
}

async function tableNames(pkg: Package, sheetPart: string): Promise<string[]> {
  const names: string[] = [];
  for (const r of await pkg.relationships(sheetPart)) {
    if (r.type !== 'table' || r.target === null || pkg.entry(r.target) === undefined) continue;
    const handler = tableNameHandler();
    await pkg.read(r.target, handler);
    if (handler.name !== null) names.push(handler.name);
  }
  return names;
}

/** A grid's cells as rows from A1, the shape `settingsFromRows` reads. */
function gridRows(grid: Grid): unknown[][] {
  const rows: unknown[][] = [];
  for (const row of grid.rows) {
    const cells: unknown[] = [];
    row.cols.forEach((col, i) => (cells[col] = row.values[i]));
    rows[row.row] = cells;
  }
  return Array.from(rows, (r) => r ?? []);
}
