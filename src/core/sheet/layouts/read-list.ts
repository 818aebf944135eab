import { classifyStatus } from '../classify-status';
import { parseMonth } from '../month/parse-month';
import type { ScheduleRow } from '../read-rows';
import { stripNumbering } from '../../document/strip-numbering';
import { FIELDS, type Field, type HeaderMatch } from '../header/header-match';
import type { CellValue, Grid, GridRow } from '../grid';
import type { Issue } from '../../issues/issue';
import type { MonthReading } from '../month/month-reading';
import { cellText, isBlank, isFormula } from '../cell-text';
import { displayMonth } from '../display-month';
import { cellIn, formatIn, rowLookup } from '../grid-cells';
import { mergedLookup } from '../merged-lookup';
import { MonthFill } from './month-fill';
import { ScheduleSink } from './schedule-sink';

const UNREAD: MonthReading = Object.freeze({ kind: 'unknown' });

interface ListContext {
  readonly sink: ScheduleSink;
  readonly fill: MonthFill;
  readonly fields: readonly { readonly field: Field; readonly col: number; readonly header: string }[];
  readonly source: ReturnType<typeof mergedLookup>;
  rowAt: ((row: number) => GridRow | undefined) | null;
}

/**
 * The rows of a list (one activity per row) below its header: merged cells apply to every row
 * they cover, blank month cells take the month above (see `MonthFill`), blank rows are skipped
 * (never taken as the end), typed numbering is removed, formulas with no saved result are
 * reported, and every problem becomes an issue at its cell. Duplicated rows are reported and read once.
 */
export function readList(grid: Grid, header: HeaderMatch): { rows: ScheduleRow[]; issues: Issue[] } {
  const sink = new ScheduleSink(grid.sheetName);
  const ctx: ListContext = {
    sink,
    fill: new MonthFill(sink),
    fields: FIELDS.flatMap((field) => {
      const match = header.columns[field];
      return match ? [{ field, col: match.col, header: match.header }] : [];
    }),
    source: mergedLookup(grid),
    rowAt: null,
  };
  const firstData = (header.lastRow ?? header.row) + 1;
  // Only a merge reaching down into the data makes a row read a cell of another row (a title merged
  // across the top does not): the index of rows is built for that case alone.
  if (grid.merges?.some((m) => m.bottom > m.top && m.bottom >= firstData)) ctx.rowAt = rowLookup(grid);
  let previous = firstData - 1;
  for (const own of grid.rows) {
    if (own.row < firstData) continue;
    // A row whose own cells are all blank is a spacer, even under a merged month cell; it ends a run of blank months.
    const blank = !hasOwnValue(own, ctx.fields);
    if (blank || own.row !== previous + 1) ctx.fill.reset();
    previous = own.row;
    if (!blank) readRow(ctx, own);
  }
  ctx.fill.flush();
  return sink.finish(grid, firstData);
}

function readRow(ctx: ListContext, own: GridRow): void {
  const { sink, fill } = ctx;
  const r = own.row;
  const cells: Partial<Record<Field, CellValue>> = {};
  const addresses: Partial<Record<Field, string>> = {};
  let monthValue: CellValue = null;
  let monthFormat: string | undefined;
  let ownMonth = true;
  let activityFormula = false;
  for (const { field, col, header } of ctx.fields) {
    const at = ctx.source(r, col);
    const from = at.row === r || ctx.rowAt === null ? own : ctx.rowAt(at.row);
    const value = cellIn(from, at.col);
    addresses[field] = sink.address(at.row, at.col);
    if (field === 'month') {
      monthValue = value;
      monthFormat = formatIn(from, at.col);
      ownMonth = at.row === r && at.col === col;
    }
    // Only an object may be a formula: the common text cell skips the call.
    const formula = typeof value === 'object' && value !== null && sink.formula(value, at.row, at.col, field, header);
    if (field === 'activity') activityFormula = formula;
    cells[field] = formula ? null : value;
  }
  const rawText = cellText(cells.activity);
  const monthFormula = isFormula(monthValue);
  if (monthFormula) fill.see(null, undefined, null);
  else if (!isBlank(monthValue)) fill.see(monthValue, monthFormat, addresses.month!);
  else if (rawText && ownMonth) {
    const above = fill.take(addresses.month!);
    if (above) [monthValue, monthFormat, addresses.month] = [above.value, above.format, above.address];
  }
  const reading = monthFormula ? UNREAD : parseMonth(monthValue, monthFormat);
  const monthText = displayMonth(monthValue, monthFormat);
  if (!rawText) {
    if (reading.kind !== 'empty' && !activityFormula) {
      sink.report({ code: 'activity_missing', severity: 'warning', sheet: sink.sheet, cell: addresses.activity!, value: monthText });
    }
    return;
  }
  const status = textOrNull(cells.status);
  const row: ScheduleRow = {
    row: r + 1,
    text: stripNumbering(rawText),
    monthText,
    reading,
    group: textOrNull(cells.group),
    owner: textOrNull(cells.owner),
    status,
    statusKind: classifyStatus(status),
    notes: textOrNull(cells.notes),
    cells: addresses,
  };
  if (sink.add(row) && !monthFormula) sink.month(reading, addresses.month!, monthText);
}

function hasOwnValue(row: GridRow, fields: readonly { col: number }[]): boolean {
  for (const { col } of fields) if (!isBlank(cellIn(row, col))) return true;
  return false;
}

function textOrNull(value: CellValue | undefined): string | null {
  const text = cellText(value);
  return text ? text : null;
}
