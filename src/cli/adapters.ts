import type { DocModel } from '../core/document/doc-model';
import type { WriteReport } from '../core/ports/workbook-port';
import type { PlanSettings } from '../core/settings/plan-settings';
import type { SheetSpec } from '../core/tables/sheet-spec';
import type { WorkbookData } from '../core/ports/workbook-data';

/** A copy of the workbook with the plan sheets, or why none could be written. */
export type PlanCopy =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** What a file of it is called (an .xlsm stays .xlsm, an .xls becomes an .xlsx). */
      readonly extension: string;
      readonly report: WriteReport;
      /** True when the file was not OOXML and the copy carries its values only. */
      readonly valuesOnly: boolean;
    }
  | { readonly ok: false; readonly problem: 'foreign_settings_sheet' };

/** The spreadsheet reader and writer the commands use. */
export interface WorkbookAdapter {
  /** The largest file read (bytes): its size is looked at before anything is read. */
  readonly fileLimit: number;
  /** Rejects with a PortError carrying the file problem (damaged, password-protected …). */
  readonly readWorkbook: (bytes: Uint8Array) => Promise<WorkbookData>;
  readonly writePlanCopy: (bytes: Uint8Array, file: WorkbookData, specs: readonly SheetSpec[], settings: PlanSettings) => PlanCopy;
}

/** The document renderer `doc --format docx` uses. */
export interface DocxAdapter {
  readonly renderDocx: (doc: DocModel) => Promise<Uint8Array>;
}

/**
 * The adapters the commands are given (built in main.ts, the one file that wires adapters
 * together). Each is loaded when a command first asks for it, so that `--help` and `--version`
 * start without the readers and writers.
 */
export interface CliAdapters {
  readonly workbook: () => Promise<WorkbookAdapter>;
  readonly docx: () => Promise<DocxAdapter>;
}
