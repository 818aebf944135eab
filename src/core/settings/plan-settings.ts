import { FIELDS, type Field } from '../sheet/header/header-match';
import type { SheetKey } from '../tables/sheet-spec';
import { SETTING_FIELDS, YEARS, type SettingField, type SettingValues } from './setting-fields';

/**
 * Settings kept with the workbook (in a very hidden sheet), shared by the pane and the command
 * line: the user's fields (`SETTING_FIELDS`), and the record of the sheets this add-in wrote.
 */
export type PlanSettings = SettingValues & {
  /** The output sheets this add-in created, so that it replaces only those (changed only by a write: `keepOutputs`). */
  readonly outputs?: readonly { readonly key: SheetKey; readonly sheet: string; readonly table: string }[];
};

/** The very hidden sheet where settings live, so the pane and the command line share them. */
export const SETTINGS_SHEET = '_plansheet';

const MARKER = 'plansheet-settings';
const VERSION = 1;

type Row = readonly [string, string];

/**
 * Settings as key/value rows for the settings sheet (values are JSON).
 *
 * @example
 * settingsToRows({ unit: '××学校工会' })
 * //=> [['plansheet-settings', '1'], ['unit', '"××学校工会"']]
 */
export function settingsToRows(settings: PlanSettings): Row[] {
  const rows: Row[] = [[MARKER, String(VERSION)]];
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    rows.push([key, JSON.stringify(value)]);
  }
  return rows;
}

/**
 * Settings read back from the settings sheet's rows. Unknown keys and values
 * of the wrong shape are dropped, so a hand-edited sheet never breaks anything.
 */
export function settingsFromRows(rows: readonly (readonly unknown[])[]): PlanSettings {
  if (rows[0]?.[0] !== MARKER) return {};
  const out: Record<string, unknown> = {};
  for (const row of rows.slice(1)) {
    const key = typeof row[0] === 'string' ? row[0] : '';
    const raw = typeof row[1] === 'string' ? row[1] : '';
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue;
    }
    const checked = checkSetting(key, value);
    if (checked !== undefined) out[key] = checked;
  }
  return out as PlanSettings;
}

const SHEET_KEYS: readonly SheetKey[] = ['work', 'monthly', 'coverage'];

function isMonth(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12;
}

function checkSetting(key: string, value: unknown): unknown {
  if (key === 'outputs') return checkOutputs(value);
  return Object.prototype.hasOwnProperty.call(SETTING_FIELDS, key)
    ? checkField(SETTING_FIELDS[key as keyof typeof SETTING_FIELDS], value)
    : undefined;
}

/** A stored value of the field's kind, or undefined when it is of another shape. */
function checkField(field: SettingField, value: unknown): unknown {
  switch (field.kind) {
    case 'text':
    case 'prose':
      return typeof value === 'string' ? value : undefined;
    case 'year':
      return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max)
        ? value
        : undefined;
    case 'month':
      return isMonth(value) ? value : undefined;
    case 'months':
      return Array.isArray(value) && value.every(isMonth) ? value : undefined;
    case 'choice':
      return (field.choices as readonly unknown[]).includes(value) ? value : undefined;
    case 'columns': {
      if (typeof value !== 'object' || value === null) return undefined;
      const cols: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) {
        const letters = (value as Record<string, unknown>)[field];
        if (typeof letters === 'string' && /^[A-Z]{1,3}$/.test(letters)) cols[field] = letters;
      }
      return cols;
    }
  }
}

function checkOutputs(value: unknown): PlanSettings['outputs'] {
  return Array.isArray(value)
    ? value.filter(
        (o): o is { key: SheetKey; sheet: string; table: string } =>
          typeof o === 'object' && o !== null && SHEET_KEYS.includes(o.key) && typeof o.sheet === 'string' && typeof o.table === 'string',
      )
    : undefined;
}
