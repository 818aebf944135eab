import { chooseOutputNames, type OutputTarget } from '../core/tables/choose-output-names';
import { jsonByteLength } from '../core/ports/json-byte-length';
import { planBlocks } from '../core/ports/plan-blocks';
import { SETTINGS_SHEET } from '../core/settings/plan-settings';
import { recordOutputs } from '../core/settings/record-outputs';
import { tableHeaders } from '../core/tables/table-headers';
import type { SheetKey, SheetSpec } from '../core/tables/sheet-spec';
import { PortError, type WriteReport } from '../core/ports/workbook-port';
import type { PlanSettings } from '../core/settings/plan-settings';
import { toCellInput } from './cell-input';
import { OPERATION_BYTES, PAYLOAD_BUDGET } from './limits';
import { readInventory } from './read-settings';
import { settingsRows } from './settings-rows';

export interface WritePlanHooks {
  readonly onProgress?: (done: number, total: number) => void;
  /** Told which sheets are about to be written, before the first write (to ignore our own change events). */
  readonly onWriting?: (sheets: readonly string[]) => void;
}

/**
 * Queued work packed into round trips: each batch stays within the request
 * budget, and a sheet's rows fill what room the batch before them leaves.
 */
class Batches {
  readonly list: (() => void)[][] = [[]];
  private used = 0;

  constructor(private readonly budget: number) {}

  get room(): number {
    return this.budget - this.used;
  }

  get empty(): boolean {
    return this.list[this.list.length - 1].length === 0;
  }

  add(bytes: number, queue: () => void): void {
    if (bytes > this.room && !this.empty) this.next();
    this.list[this.list.length - 1].push(queue);
    this.used += bytes;
  }

  next(): void {
    this.list.push([]);
    this.used = 0;
  }
}

/**
 * Writes the plan sheets as Excel tables: one round trip to take stock (sheets,
 * tables, settings), then the writes packed into as few round trips as Excel
 * on the web's 5 MB request limit allows — one for a plan that fits, one more
 * per block of rows beyond. First go the sheets, their tables, styles, widths,
 * frozen header, gap highlighting and the settings recording them as ours
 * (so that an interrupted build is still recognised and replaced next time),
 * then each sheet's values as one 2-D array (or one per block). Only sheets the
 * settings record as ours are deleted; a user's sheet keeps its name and ours
 * takes another (chooseOutputNames), and a table never takes a defined name. Strings are
 * written with a leading apostrophe so that none becomes a formula, number or date. Under
 * workbook structure protection nothing is tried: PortError 'workbook_protected' (the first
 * round trip tells); a setting too long for a cell stops the build before any write.
 */
export async function writePlanSheets(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  hooks: WritePlanHooks = {},
): Promise<WriteReport> {
  const inventory = await readInventory(context);
  if (inventory.structureProtected) throw new PortError('workbook_protected', 'the plan tables go in sheets of their own');
  const sheetNames = inventory.sheets.map((s) => s.name);
  const targets = chooseOutputNames(
    specs,
    { sheets: sheetNames, tables: inventory.tables, definedNames: inventory.names },
    inventory.settings,
  );
  hooks.onWriting?.([...targets.map((t) => t.sheet), SETTINGS_SHEET]);

  const sheets = new Map<SheetKey, Excel.Worksheet>();
  const sheetOf = (key: SheetKey): Excel.Worksheet => sheets.get(key) as Excel.Worksheet;
  const batches = new Batches(PAYLOAD_BUDGET);
  // A replaced sheet goes back where it was (in ascending order, so earlier moves hold); new ones go last.
  const position = (t: OutputTarget): number => inventory.sheets.findIndex((s) => s.name === t.sheet);
  const order = [...targets.filter((t) => t.replace).sort((a, b) => position(a) - position(b)), ...targets.filter((t) => !t.replace)];
  batches.add(OPERATION_BYTES * targets.length * 3, () => {
    for (const t of targets) if (t.replace) context.workbook.worksheets.getItem(t.sheet).delete();
    for (const t of order) {
      const ws = context.workbook.worksheets.add(t.sheet);
      if (t.replace) ws.position = position(t);
      sheets.set(t.key, ws);
    }
  });
  const matrices = specs.map(toMatrix);
  specs.forEach((spec, i) => addTable(batches, spec, targets[i], matrices[i].length, () => sheetOf(spec.key)));
  addSettings(batches, context, inventory.settings, inventory.settingsSheetExists, targets);
  specs.forEach((spec, i) => addValues(batches, spec, matrices[i], () => sheetOf(spec.key)));

  const total = batches.list.length + 1;
  hooks.onProgress?.(1, total);
  // One round trip per batch; a batch holds as many rows as fit in one request. The loop is the
  // batching the rule asks for, not a sync per item: a plan that fits in one request takes one, and
  // only a plan beyond Excel on the web's 5 MB request limit takes one more per 5 MB block, which
  // no single request may carry:
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  for (const [i, batch] of batches.list.entries()) {
    for (const queue of batch) queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized batch (see above)
    await context.sync();
    hooks.onProgress?.(i + 2, total);
  }
  return {
    sheets: targets.map((t, i) => ({ key: t.key, sheet: t.sheet, table: t.table, rows: specs[i].rows.length, replaced: t.replace })),
  };
}

/** Header and rows as `values` input; a table needs a data row, so an empty plan gets a blank one. */
function toMatrix(spec: SheetSpec): (string | number)[][] {
  const headers = tableHeaders(spec.columns.map((c) => c.header));
  const rows = spec.rows.length > 0 ? spec.rows : [headers.map(() => null)];
  return [headers.map(toCellInput), ...rows.map((row) => headers.map((_, c) => toCellInput(row[c] ?? null)))];
}

function addTable(batches: Batches, spec: SheetSpec, target: OutputTarget, rowCount: number, sheet: () => Excel.Worksheet): void {
  const columns = spec.columns.length;
  batches.add(OPERATION_BYTES * (4 + columns) + jsonByteLength(target) + jsonByteLength(spec.highlight ?? null), () => {
    const ws = sheet();
    const table = ws.tables.add(ws.getRangeByIndexes(0, 0, rowCount, columns), true);
    table.name = target.table;
    table.style = spec.tableStyle;
    spec.columns.forEach((column, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(column.width);
    });
    ws.freezePanes.freezeRows(1);
    if (spec.highlight && spec.rows.length > 0) {
      const format = ws.getRangeByIndexes(1, 0, spec.rows.length, columns).conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${spec.highlight.formula}`;
      format.custom.format.fill.color = `#${spec.highlight.fill}`;
      format.custom.format.font.color = `#${spec.highlight.font}`;
    }
  });
}

function addSettings(
  batches: Batches,
  context: Excel.RequestContext,
  stored: PlanSettings,
  exists: boolean,
  targets: readonly OutputTarget[],
): void {
  const rows = settingsRows(recordOutputs(stored, targets));
  const values = rows.map((row) => row.map(toCellInput));
  batches.add(OPERATION_BYTES * 4 + jsonByteLength(values), () => {
    const ws = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
    if (exists) ws.getRange().clear('Contents');
    ws.getRangeByIndexes(0, 0, values.length, 2).values = values;
    if (!exists) ws.visibility = 'VeryHidden';
  });
}

/** The values, as one 2-D array when they fit in the batch, else one per block of rows; formats follow each block. */
function addValues(batches: Batches, spec: SheetSpec, matrix: (string | number)[][], sheet: () => Excel.Worksheet): void {
  const formatted = spec.columns.flatMap((column, c) => (column.numberFormat ? [{ c, format: column.numberFormat }] : []));
  const formatBytes = formatted.reduce((sum, f) => sum + jsonByteLength([f.format]) + 3, 0);
  const rowBytes = matrix.map((row, r) => jsonByteLength(row) + (r === 0 ? 0 : formatBytes));
  const overhead = OPERATION_BYTES * (1 + formatted.length);
  for (let start = 0; start < matrix.length;) {
    const [block] = planBlocks(matrix.length - start, rowBytes.slice(start), Math.max(0, batches.room - overhead));
    const bytes = overhead + rowBytes.slice(start, start + block.count).reduce((a, b) => a + b, 0);
    if (bytes > batches.room && !batches.empty) {
      batches.next();
      continue;
    }
    const from = start;
    batches.add(bytes, () => writeBlock(sheet(), matrix, from, block.count, formatted));
    start += block.count;
  }
}

function writeBlock(
  ws: Excel.Worksheet,
  matrix: (string | number)[][],
  start: number,
  count: number,
  formatted: readonly { c: number; format: string }[],
): void {
  ws.getRangeByIndexes(start, 0, count, matrix[0].length).values = matrix.slice(start, start + count);
  // After the values: they were entered in General cells, so the apostrophes were read as "text".
  const from = Math.max(start, 1);
  const rows = start + count - from;
  if (rows <= 0) return;
  for (const { c, format } of formatted) {
    ws.getRangeByIndexes(from, c, rows, 1).numberFormat = Array.from({ length: rows }, () => [format]);
  }
}

/** Excel column width in characters (of the default 11-point font, 7 px wide) as points. */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
