import type ExcelJS from 'exceljs';
import { chooseOutputNames, type OutputTarget } from '../core/choose-output-names';
import { tableHeaders } from '../core/table-headers';
import type { OutputValue, SheetSpec } from '../core/types';
import { columnLetters } from '../core/to-a1';
import type { PlanSettings, WriteReport, WrittenSheet } from '../core/workbook-port';
import { findLostParts, type LostPart } from './find-lost-parts';
import { listZipEntries } from './list-zip-entries';
import { loadExcelJsWorkbook } from './load-exceljs-workbook';
import { putSettingsSheet, removeSheet, setOrderNo } from './write-settings';

export interface PlanWorkbook {
  /** The new workbook: a copy of the original with the plan sheets added or replaced. */
  readonly bytes: Uint8Array;
  readonly report: WriteReport;
  /** The settings as written into the copy (their `outputs` name the sheets written). */
  readonly settings: PlanSettings;
  /** What the original held that the copy lacks (exceljs drops charts, shapes, pivot tables …). */
  readonly lost: readonly LostPart[];
}

export interface WritePlanOptions {
  readonly onProgress?: (done: number, total: number) => void;
}

/** Excel's "Light red fill with dark red text". */
const GAP_FILL = 'FFFFC7CE';
const GAP_FONT = 'FF9C0006';
const TABLE_STYLE = 'TableStyleMedium2';

/**
 * A new workbook: the original (never modified) with the plan sheets written
 * as Excel tables — header row, table style, column widths and formats, a
 * frozen header, gap rows highlighted by conditional formatting. Sheets are
 * replaced only when the settings record them as ours and they still hold our
 * table; a user's sheet with the wanted name keeps it, and ours takes another.
 * The settings, with the sheets written, go into the very hidden `_plansheet`
 * sheet of the copy.
 *
 * Strings are written as strings (shared strings), so text that starts with
 * `=`, `+`, `-` or `@` stays text.
 *
 * Known losses: the copy is rewritten by exceljs, which keeps values, styles,
 * merges, data validations, conditional formats, notes, images, tables and
 * defined names, but drops charts, shapes, pivot tables, slicers, form
 * controls, embedded objects, threaded comments and external links. `lost`
 * lists what the original had of these; the original file itself is untouched.
 *
 * @example
 * const { bytes, report } = await writePlanWorkbook(original, describePlanSheets(analysis, 'zh'), settings);
 * report.sheets.map((s) => s.sheet) //=> ['主要工作', '月度安排', '覆盖检查']
 */
export async function writePlanWorkbook(
  original: Uint8Array | ArrayBuffer,
  specs: readonly SheetSpec[],
  settings: PlanSettings,
  options: WritePlanOptions = {},
): Promise<PlanWorkbook> {
  const input = original instanceof Uint8Array ? original : new Uint8Array(original);
  const workbook = await loadExcelJsWorkbook(input);
  const total = specs.length + 1;

  const sheets = workbook.worksheets;
  const tables: Record<string, string[]> = {};
  for (const ws of sheets) tables[ws.name] = Object.keys((ws as unknown as { tables?: object }).tables ?? {});
  const targets = chooseOutputNames(specs, { sheets: sheets.map((ws) => ws.name), tables }, settings);

  const written: WrittenSheet[] = [];
  specs.forEach((spec, i) => {
    const target = targets[i];
    writeSheet(workbook, spec, target);
    written.push({ key: spec.key, sheet: target.sheet, table: target.table, rows: spec.rows.length, replaced: target.replace });
    options.onProgress?.(i + 1, total);
  });

  const saved: PlanSettings = { ...settings, outputs: targets.map((t) => ({ key: t.key, sheet: t.sheet, table: t.table })) };
  putSettingsSheet(workbook, saved);

  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  options.onProgress?.(total, total);
  const lost = findLostParts(listZipEntries(input) ?? [], listZipEntries(bytes) ?? []);
  return { bytes, report: { sheets: written }, settings: saved, lost };
}

/** Writes one plan sheet, in place of the old one of ours when `target.replace`. */
function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, target: OutputTarget): void {
  const old = target.replace ? workbook.getWorksheet(target.sheet) : undefined;
  const orderNo = old ? removeSheet(workbook, old) : undefined;
  const ws = workbook.addWorksheet(target.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  if (orderNo !== undefined) setOrderNo(ws, orderNo);

  const headers = tableHeaders(spec.columns.map((c) => c.header));
  spec.columns.forEach((column, c) => {
    const col = ws.getColumn(c + 1);
    col.width = column.width;
    // A column format (not only the cells') so rows a user adds to the table later get it too.
    if (column.numberFormat) col.numFmt = column.numberFormat;
  });
  // Excel needs a data row under the header of a table; an empty plan still gets one, blank.
  const rows: OutputValue[][] = spec.rows.length > 0 ? spec.rows.map((r) => headers.map((_, c) => r[c] ?? null)) : [headers.map(() => null)];
  ws.addTable({
    name: target.table,
    displayName: target.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });

  if (spec.highlight && spec.rows.length > 0) {
    const last = columnLetters(headers.length - 1);
    const key = columnLetters(spec.highlight.column);
    ws.addConditionalFormatting({
      ref: `A2:${last}${rows.length + 1}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`$${key}2="${spec.highlight.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: GAP_FILL } },
            font: { color: { argb: GAP_FONT } },
          },
        },
      ],
    });
  }
}
