/**
 * A reference to cells of a sheet for a formula (a data-validation list source, a defined
 * name): the sheet name in single quotes, a quote in it doubled. Excel needs the quotes for a
 * name with spaces, punctuation (Chinese punctuation too) or digits first — "If the name of the
 * other worksheet contains non-alphabetical characters, you must enclose the name (or the path)
 * within single quotation marks (')" (https://support.microsoft.com/office/c7b8b95d-c594-4488-947e-c835903cebaa)
 * — and accepts them around any name, so every name gets them.
 *
 * @example
 * sheetReference('_plansheet_lists (2)', '$A$2:$A$41') //=> "='_plansheet_lists (2)'!$A$2:$A$41"
 * sheetReference("Tom's", 'A1') //=> "='Tom''s'!A1"
 * sheetReference('清单，备用', '$B$2:$B$9') //=> "='清单，备用'!$B$2:$B$9"
 */
export function sheetReference(sheet: string, range: string): string {
  return `='${sheet.replace(/'/g, "''")}'!${range}`;
}
