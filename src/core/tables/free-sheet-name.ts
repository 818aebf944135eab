/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name not yet taken: `base` itself, else `base (2)`, `base (3)` … as Excel names a
 * copied sheet, `base` cut so that the whole stays under Excel's 31 characters. Sheet names compare without
 * case in Excel, so `taken` holds lower-case names.
 *
 * @example
 * freeSheetName('主要工作', new Set(['主要工作'])) //=> '主要工作 (2)'
 * freeSheetName('_plansheet_lists', new Set()) //=> '_plansheet_lists'
 */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, MAX_SHEET_NAME - 4 - String(n).length)} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
