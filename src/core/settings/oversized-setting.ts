/**
 * The most characters an Excel cell holds: "Total number of characters that a cell can contain:
 * 32,767 characters" (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Excel counts UTF-16 code units, as String#length does.
 */
export const MAX_CELL_TEXT = 32_767;

/** A settings row whose value a cell cannot hold. */
export interface OversizedSetting {
  readonly key: string;
  /** The characters the value has (its JSON text, as it is stored). */
  readonly length: number;
}

/**
 * The first settings row (as `settingsToRows` makes them) too long for one cell, or null when
 * every row fits. The settings sheet keeps one setting per cell, so a longer one cannot be saved:
 * every adapter that writes the sheet asks this before writing anything.
 *
 * @example
 * oversizedSetting([['plansheet-settings', '1'], ['unit', '"××学校工会"']]) //=> null
 * oversizedSetting([['guidance', `"${'坚持'.repeat(20000)}"`]]) //=> { key: 'guidance', length: 40002 }
 */
export function oversizedSetting(rows: readonly (readonly [string, string])[]): OversizedSetting | null {
  for (const [key, value] of rows) {
    if (key.length > MAX_CELL_TEXT || value.length > MAX_CELL_TEXT) return { key, length: Math.max(key.length, value.length) };
  }
  return null;
}
