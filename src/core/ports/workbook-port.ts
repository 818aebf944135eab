import type { FileProblem, FileProblemCode } from './file-problem';
import type { PlanSettings } from '../settings/plan-settings';
import type { ScheduleTemplate } from '../tables/schedule-template';
import type { Grid } from '../sheet/grid';
import type { SheetKey, SheetSpec } from '../tables/sheet-spec';

/**
 * What the task pane needs from a workbook. Two adapters implement it: the
 * Office JavaScript API one (live workbook, `src/excel`) and the file one (a workbook file the
 * user opened in a plain browser, `src/xlsx/file-port.ts`). Components receive a port and
 * never touch `Excel` themselves. Every method resolves with data or rejects
 * with a `PortError` whose `code` the pane turns into words.
 */
export interface WorkbookPort {
  /** 'excel' inside Excel, 'file' for an .xlsx opened in the browser. */
  readonly mode: 'excel' | 'file';
  /** Visible sheet names in workbook order (output and settings sheets included). */
  listSheets(): Promise<readonly string[]>;
  /** The used range of a sheet, with formats and merged areas. */
  readSheet(name: string): Promise<Grid>;
  /** Writes (or replaces) the plan sheets; only sheets this add-in created are ever replaced. */
  writePlanSheets(specs: readonly SheetSpec[], onProgress?: (done: number, total: number) => void): Promise<WriteReport>;
  /** Selects a cell of a sheet ("click an issue, go to the cell"); a no-op for files. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Calls back (debounced) when the user edits the sheet; resolves to an unsubscribe function. */
  watchSheet(sheet: string, onChange: () => void): Promise<() => void>;
  loadSettings(): Promise<PlanSettings>;
  saveSettings(settings: PlanSettings): Promise<void>;
  /** Creates an empty schedule sheet with headers and drop-down validation; resolves to its name. */
  createScheduleSheet(spec: ScheduleTemplate): Promise<string>;
}

export interface WrittenSheet {
  readonly key: SheetKey;
  readonly sheet: string;
  readonly table: string;
  readonly rows: number;
  /** True when an earlier output sheet of ours was replaced. */
  readonly replaced: boolean;
}

export interface WriteReport {
  readonly sheets: readonly WrittenSheet[];
}

export type PortErrorCode =
  | FileProblemCode
  | 'cell_edit_mode'
  | 'sheet_protected'
  | 'payload_too_large'
  | 'api_unsupported'
  | 'sheet_not_found'
  | 'not_a_workbook'
  /** The sheet's used range is beyond the 5,000,000 cells Excel reads at once. */
  | 'range_too_large'
  /** Workbook structure protection forbids adding (or replacing) sheets. */
  | 'workbook_protected'
  /** A setting is longer than the 32,767 characters a cell holds. */
  | 'setting_too_long'
  | 'unknown';

/**
 * An error a port reports; `detail` is the host's own message, kept for the curious.
 * A file that cannot be used carries its `problem` (the code is the problem's code).
 */
export class PortError extends Error {
  readonly code: PortErrorCode;
  readonly detail: string;
  readonly problem: FileProblem | null;
  constructor(code: PortErrorCode, detail = '', problem: FileProblem | null = null) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'PortError';
    this.code = code;
    this.detail = detail;
    this.problem = problem;
  }

  /** The error for a file that cannot be used. */
  static file(problem: FileProblem, detail = ''): PortError {
    return new PortError(problem.code, detail, problem);
  }
}
