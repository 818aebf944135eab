import { SETTINGS_SHEET, settingsFromRows } from '../core/plan-settings';
import type { PlanSettings } from '../core/workbook-port';
import { officeErrorCode } from './to-port-error';

export interface Inventory {
  /** Every sheet in workbook order, hidden ones included. */
  readonly sheets: readonly { readonly name: string; readonly visibility: string }[];
  /** Table names per sheet name. */
  readonly tables: Readonly<Record<string, readonly string[]>>;
  readonly settings: PlanSettings;
  readonly settingsSheetExists: boolean;
}

/**
 * The sheets, the tables and the stored settings, in one round trip. The
 * settings sheet is reached through getItemOrNullObject; when it does not
 * exist, what the chained getUsedRangeOrNullObject gives is not documented —
 * hosts that refuse the call (InvalidObjectPath) cost one more round trip,
 * and only while there is no settings sheet yet.
 */
export async function readInventory(context: Excel.RequestContext): Promise<Inventory> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  let stored: Excel.Range | null = queueSettingsRead(context);
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidObjectPath') throw error;
    sheets.load('items/name,items/visibility');
    tables.load('items/name,items/worksheet/name');
    stored = null;
    await context.sync();
  }
  const sheetList = sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
  const byName: Record<string, string[]> = {};
  for (const t of tables.items) (byName[t.worksheet.name] ??= []).push(t.name);
  const settingsSheetExists = sheetList.some((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  if (stored === null && settingsSheetExists) stored = await readSettingsRange(context);
  return { sheets: sheetList, tables: byName, settings: settingsOf(stored), settingsSheetExists };
}

/** The stored settings (empty when there are none), in one round trip where the host allows. */
export async function readSettings(context: Excel.RequestContext): Promise<{ settings: PlanSettings; exists: boolean }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  let stored: Excel.Range | null = sheet.getUsedRangeOrNullObject(true);
  stored.load('values');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'InvalidObjectPath') throw error;
    const retry = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    if (retry.isNullObject) return { settings: {}, exists: false };
    stored = await readSettingsRange(context);
    return { settings: settingsOf(stored), exists: true };
  }
  return { settings: settingsOf(stored), exists: !sheet.isNullObject };
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
