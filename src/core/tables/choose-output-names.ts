import type { SheetKey, SheetSpec } from './sheet-spec';
import type { PlanSettings } from '../settings/plan-settings';

export interface WorkbookInventory {
  /** Every sheet name in the workbook. */
  readonly sheets: readonly string[];
  /** Table names per sheet name. */
  readonly tables: Readonly<Record<string, readonly string[]>>;
  /** The workbook's defined names: tables and names share one namespace, so a table may not take one. */
  readonly definedNames?: readonly string[];
}

export interface OutputTarget {
  readonly key: SheetKey;
  readonly sheet: string;
  readonly table: string;
  /** True when `sheet` is an output sheet of ours that is to be deleted and written again. */
  readonly replace: boolean;
}

const MAX_SHEET_NAME = 31;

/**
 * Where each output sheet goes. A sheet is ours (and may be replaced) only when
 * the settings record it as ours and it still holds the table we wrote there;
 * a user's sheet with the name we want is left alone and we take another name.
 * Table names are unique in the workbook, among tables and defined names alike
 * (Excel keeps both in one namespace, without regard to case).
 *
 * @example
 * chooseOutputNames(specs, { sheets: ['主要工作'], tables: {} }, {})
 * //=> [{ key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work', replace: false }, …]
 */
export function chooseOutputNames(specs: readonly SheetSpec[], inventory: WorkbookInventory, settings: PlanSettings): OutputTarget[] {
  const existing = new Set(inventory.sheets.map((s) => s.toLowerCase()));
  const ours = new Map<SheetKey, { sheet: string; table: string }>();
  for (const o of settings.outputs ?? []) {
    const tables = inventory.tables[o.sheet] ?? [];
    if (inventory.sheets.includes(o.sheet) && tables.includes(o.table)) ours.set(o.key, o);
  }
  const replacedSheets = new Set([...ours.values()].map((o) => o.sheet));
  const takenTables = new Set<string>();
  for (const [sheet, tables] of Object.entries(inventory.tables)) {
    if (replacedSheets.has(sheet)) continue;
    for (const t of tables) takenTables.add(t.toLowerCase());
  }
  for (const n of inventory.definedNames ?? []) takenTables.add(n.toLowerCase());
  const takenSheets = new Set(existing);

  return specs.map((spec) => {
    const mine = ours.get(spec.key);
    let sheet: string;
    let replace = false;
    if (mine) {
      sheet = mine.sheet;
      replace = true;
    } else {
      sheet = freeName(spec.name, takenSheets, (base, n) => `${base.slice(0, MAX_SHEET_NAME - 4 - String(n).length)} (${n})`);
      takenSheets.add(sheet.toLowerCase());
    }
    const table = freeName(spec.tableName, takenTables, (base, n) => `${base}_${n}`);
    takenTables.add(table.toLowerCase());
    return { key: spec.key, sheet, table, replace };
  });
}

function freeName(base: string, taken: ReadonlySet<string>, variant: (base: string, n: number) => string): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = variant(base, n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}
