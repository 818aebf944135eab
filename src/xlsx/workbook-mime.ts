/** What an OOXML workbook file is called, by its workbook part's content type. */
export type WorkbookExtension = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

/**
 * The media type of a download of each kind of workbook (a macro-enabled one is not an .xlsx).
 * A module of its own, with no imports, so that the page can name a download without loading the writer.
 */
export const WORKBOOK_MIME: Readonly<Record<WorkbookExtension, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.12',
};
