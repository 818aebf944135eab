import { SETTINGS_SHEET, settingsFromRows } from '../core/settings/plan-settings';
import type { PlanSettings } from '../core/settings/plan-settings';
import { officeErrorCode } from './to-port-error';

export interface Inventory {
  /** Every sheet in workbook order, hidden ones included. */
  readonly sheets: readonly { readonly name: string; readonly visibility: string }[];
  /** Table names per sheet name. */
  readonly tables: Readonly<Record<string, readonly string[]>>;
  readonly settings: PlanSettings;
  readonly settingsSheetExists: boolean;
  /** Workbook structure protection (ExcelApi 1.7): no sheet may be added, deleted, moved or hidden. */
  readonly structureProtected: boolean;
  /** The workbook-scoped defined names (ExcelApi 1.1), which no table may take. */
  readonly names: readonly string[];
}

/**
 * The sheets, the tables, the defined names, the structure protection and the stored
 * settings, in one round trip. The
 * settings sheet is reached through getItemOrNullObject; when it does not
 * exist, what the chained getUsedRangeOrNullObject gives is not documented —
 * hosts that refuse the call (InvalidObjectPath) cost one more round trip,
 * and only while there is no settings sheet yet.
 */
export async function readInventory(context: Excel.RequestContext): Promise<Inventory> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const names = context.workbook.names;
  const protection = context.workbook.protection;
  const queue = (): void => {
    sheets.load('items/name,items/visibility');
    tables.load('items/name,items/worksheet/name');
    names.load('items/name');
    protection.load('protected');
  };
  queue();
  let stored: Excel.Range | null = queueSettingsRead(context);
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidObjectPath') throw error;
    queue();
    stored = null;
    await context.sync();
  }
  const sheetList = sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
  const byName: Record<string, string[]> = {};
  for (const t of tables.items) (byName[t.worksheet.name] ??= []).push(t.name);
  const settingsSheetExists = sheetList.some((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (stored === null && settingsSheetExists) stored = await readSettingsRange(context);
  return {
    sheets: sheetList,
    tables: byName,
    settings: settingsOf(stored),
    settingsSheetExists,
    structureProtected: protection.protected,
    names: names.items.map((n) => n.name),
  };
}

export interface StoredSettings {
  readonly settings: PlanSettings;
  /** Whether the settings sheet exists (else saving must add it). */
  readonly exists: boolean;
  /** Workbook structure protection (ExcelApi 1.7), which forbids adding the settings sheet; null when not asked. */
  readonly structureProtected: boolean | null;
}

/**
 * The stored settings (empty when there are none), in one round trip where the host allows;
 * with `withProtection`, whether the workbook structure is protected too (for a save).
 */
export async function readSettings(context: Excel.RequestContext, withProtection = false): Promise<StoredSettings> {
  const protection = withProtection ? context.workbook.protection : null;
  const structure = (): boolean | null => protection?.protected ?? null;
  protection?.load('protected');
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  let stored: Excel.Range | null = sheet.getUsedRangeOrNullObject(true);
  stored.load('values');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidObjectPath') throw error;
    protection?.load('protected');
    const retry = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    if (retry.isNullObject) return { settings: {}, exists: false, structureProtected: structure() };
    stored = await readSettingsRange(context);
    return { settings: settingsOf(stored), exists: true, structureProtected: structure() };
  }
  return { settings: settingsOf(stored), exists: !sheet.isNullObject, structureProtected: structure() };
}

function queueSettingsRead(context: Excel.RequestContext): Excel.Range {
  const range = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
  range.load('values');
  return range;
}

async function readSettingsRange(context: Excel.RequestContext): Promise<Excel.Range> {
  const range = context.workbook.worksheets.getItem(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
  range.load('values');
  await context.sync();
  return range;
}

function settingsOf(range: Excel.Range | null): PlanSettings {
  if (range === null || range.isNullObject) return {};
  return settingsFromRows(range.values);
}
