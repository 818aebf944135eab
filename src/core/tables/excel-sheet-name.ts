const MAX_SHEET_NAME = 31;
/** Excel reserves this name for the change history of a shared workbook. */
const RESERVED = 'history';

/**
 * A name Excel accepts for a sheet, close to `name` and unique among `taken` (without regard
 * to case): the characters Excel refuses (\ / ? * : [ ]) and control characters become `_`,
 * an apostrophe may not start or end it, it keeps at most 31 characters, it is never empty or
 * "History", and a taken name gets " (2)", " (3)" … For sheets that come from a file whose
 * format allows other names (a .csv named after its file, an .ods).
 *
 * @example
 * excelSheetName('2024/活动[终稿]', []) //=> '2024_活动_终稿_'
 * excelSheetName('活动安排', ['活动安排']) //=> '活动安排 (2)'
 * excelSheetName('  ', []) //=> 'Sheet1'
 */
export function excelSheetName(name: string, taken: readonly string[]): string {
  let base = name
    .replace(/\s+/g, ' ')
    .replace(/[\\/?*:[\]\u0000-\u001f\u007f]/g, '_')
    .trim();
  base = base
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  if (base === '') base = 'Sheet1';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (base.toLowerCase() === RESERVED) used.add(RESERVED);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  }
  return candidate;
}
