import type { Grid } from '../sheet/grid';
import type { PlanSettings } from '../settings/plan-settings';

/**
 * What a file is, by its bytes (never by its name): an Office Open XML workbook (.xlsx,
 * .xlsm, .xltx, .xltm), a binary .xlsb, an old Excel or WPS workbook in a compound file
 * (.xls, .et), an OpenDocument spreadsheet (.ods, or flat .fods), an HTML table saved as
 * .xls, Excel's XML Spreadsheet 2003 (reporting systems save it as .xls too), or delimited text
 * (.csv, .tsv).
 */
export type FileKind = 'xlsx' | 'xlsb' | 'xls' | 'ods' | 'fods' | 'spreadsheetml' | 'html' | 'csv';

/** What PlanSheet needs from a workbook file: the visible sheets as grids, the settings, the inventory. */
export interface WorkbookData {
  /** What the file was read as. */
  readonly kind: FileKind;
  /** Visible sheets in workbook order (hidden and very hidden ones are left out). */
  readonly sheets: readonly Grid[];
  /** Settings from the very hidden `_plansheet` sheet; `{}` when there is none. */
  readonly settings: PlanSettings;
  /** Every sheet name in workbook order, hidden ones included (for choosing free names). */
  readonly sheetNames: readonly string[];
  /** Table names per sheet, for every sheet (hidden ones included). */
  readonly sheetTables: Readonly<Record<string, readonly string[]>>;
}
