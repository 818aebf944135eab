import { classifyStatus } from '../classify-status';
import { normalizeHeader } from '../header/normalize-header';
import { parseMonth } from '../month/parse-month';
import type { ScheduleRow } from '../read-rows';
import type { CellValue, Grid, GridRow } from '../grid';
import type { Field, HeaderMatch } from '../header/header-match';
import type { Issue } from '../../issues/issue';
import type { MonthReading, MonthRef } from '../month/month-reading';
import { cellText } from '../cell-text';
import { NOT_WORK_LABEL } from '../header/header-names';
import { cellIn, formatIn, rowLookup } from '../grid-cells';
import { mergedLookup } from '../merged-lookup';
import { ScheduleSink } from './schedule-sink';
import { splitCellItems } from '../split-cell-items';

/** A month column of the matrix, as its header cell reads. */
interface MonthColumn {
  readonly col: number;
  readonly header: string;
  readonly reading: MonthReading;
  readonly address: string;
}

/** The fields every item of a row shares: its task group (the label), owner, status, notes. */
interface RowFields {
  readonly values: Partial<Record<Field, string | null>>;
  readonly cells: Partial<Record<Field, string>>;
}

interface AcrossContext {
  readonly sink: ScheduleSink;
  readonly months: readonly MonthColumn[];
  readonly byCol: ReadonlyMap<number, number>;
  readonly fields: readonly { readonly field: Field; readonly col: number; readonly header: string }[];
  readonly label: number | null;
  readonly cellAt: (row: number, col: number) => { value: CellValue; row: number; col: number };
  /** The right-most column of a merged area by its top-left cell (row * 16384 + col). */
  readonly spans: ReadonlyMap<number, number>;
}

const COLS = 16384;

/** A cell that only marks its month (a Gantt-style plan): the row's label is the activity. */
const MARK = /^[√✓✔☑●○◎★☆▲△■□◆◇▇█*＊]+$/;

/** Text in a 序号 column: no task group. */
const ORDINAL = /^(?:\d+|[一二三四五六七八九十]+)$/;

/**
 * The activities of a months-across matrix: each non-empty cell under a month is that month's
 * work for the task group its row's label names (the label merged down over several rows counts
 * for each), split into items (see `splitCellItems`). A cell merged across several months is
 * one item in each of them; 负责人 / 完成情况 / 备注 columns apply to every item of their row.
 * Rows are read top to bottom, each left to right, so items follow the months within a group.
 * A cell holding only a mark (√, ●) schedules the row's label itself in that month. A row whose
 * label says 备注, 说明 or 合计 holds notes or sums, not work.
 */
export function readMonthsAcross(grid: Grid, header: HeaderMatch): { rows: ScheduleRow[]; issues: Issue[] } {
  const sink = new ScheduleSink(grid.sheetName);
  const rowAt = rowLookup(grid);
  const source = mergedLookup(grid);
  const headerRow = rowAt(header.row);
  const months = (header.matrix ?? []).map(({ col, header: text }) => ({
    col,
    header: text,
    reading: parseMonth(cellIn(headerRow, col), formatIn(headerRow, col)),
    address: sink.address(header.row, col),
  }));
  const spans = new Map<number, number>();
  for (const m of grid.merges ?? []) if (m.right > m.left) spans.set(m.top * COLS + m.left, m.right);
  const ctx: AcrossContext = {
    sink,
    months,
    byCol: new Map(months.map((m, i) => [m.col, i])),
    fields: (['group', 'owner', 'status', 'notes'] as const)
      .filter((f) => header.columns[f])
      .map((field) => ({ field, col: header.columns[field]!.col, header: header.columns[field]!.header })),
    label: header.columns.group?.col ?? null,
    cellAt: (row, col) => {
      const at = source(row, col);
      return { value: cellIn(rowAt(at.row), at.col), row: at.row, col: at.col };
    },
    spans,
  };
  const firstData = (header.lastRow ?? header.row) + 1;
  for (const own of grid.rows) if (own.row >= firstData) readRow(ctx, own);
  return sink.finish(grid, firstData);
}

function readRow(ctx: AcrossContext, own: GridRow): void {
  const { sink } = ctx;
  const r = own.row;
  if (ctx.label !== null && NOT_WORK_LABEL.test(normalizeHeader(cellText(ctx.cellAt(r, ctx.label).value)))) return;
  let fields: RowFields | null = null;
  const marked: MonthColumn[] = [];
  let markCell: string | null = null;
  for (const [i, col] of own.cols.entries()) {
    const k = ctx.byCol.get(col);
    const month = k === undefined ? undefined : ctx.months[k];
    if (k === undefined || month === undefined) continue;
    const value = own.values[i] ?? null;
    if (sink.formula(value, r, col, 'activity', month.header)) continue;
    // Numbers and booleans under a month are figures, not work.
    const text = typeof value === 'string' || (typeof value === 'object' && value !== null) ? cellText(value) : '';
    if (text === '') continue;
    const spanned = spannedMonths(ctx, r, col, k);
    const cell = sink.address(r, col);
    if (MARK.test(text)) {
      marked.push(...spanned);
      markCell ??= cell;
      continue;
    }
    fields ??= rowFields(ctx, r);
    for (const item of splitCellItems(text)) add(ctx, fields, item, spanned, r, cell);
  }
  if (markCell !== null) addMarked(ctx, rowFields(ctx, r), marked, r, markCell);
}

/** The month columns a cell covers: its own, and those it is merged across. */
function spannedMonths(ctx: AcrossContext, row: number, col: number, k: number): MonthColumn[] {
  const right = ctx.spans.get(row * COLS + col);
  const own = ctx.months[k];
  if (right === undefined) return own === undefined ? [] : [own];
  return ctx.months.filter((m) => m.col >= col && m.col <= right);
}

function rowFields(ctx: AcrossContext, row: number): RowFields {
  const values: Partial<Record<Field, string | null>> = {};
  const cells: Partial<Record<Field, string>> = {};
  for (const { field, col, header } of ctx.fields) {
    const at = ctx.cellAt(row, col);
    cells[field] = ctx.sink.address(at.row, at.col);
    const formula = ctx.sink.formula(at.value, at.row, at.col, field, header);
    values[field] = formula ? null : cellText(at.value) || null;
  }
  return { values, cells };
}

function add(ctx: AcrossContext, fields: RowFields, text: string, months: readonly MonthColumn[], row: number, cell: string): void {
  const first = months[0];
  if (first === undefined) return;
  const monthText = months.length === 1 ? first.header : months.map((m) => m.header).join('、');
  const reading = months.length === 1 ? first.reading : joined(months);
  const status = fields.values.status ?? null;
  const scheduled: ScheduleRow = {
    row: row + 1,
    text,
    monthText,
    reading,
    group: fields.values.group ?? null,
    owner: fields.values.owner ?? null,
    status,
    statusKind: classifyStatus(status),
    notes: fields.values.notes ?? null,
    cells: { ...fields.cells, month: first.address, activity: cell },
  };
  if (ctx.sink.add(scheduled)) ctx.sink.month(reading, first.address, monthText);
}

/** A row of marks: its label is one activity, in every marked month; the column left of the label is its group. */
function addMarked(ctx: AcrossContext, fields: RowFields, months: readonly MonthColumn[], row: number, cell: string): void {
  const { sink } = ctx;
  const label = fields.values.group ?? null;
  if (label === null) {
    sink.report({ code: 'activity_missing', severity: 'warning', sheet: sink.sheet, cell, value: months[0]?.header ?? '' });
    return;
  }
  let group: string | null = null;
  let groupCell: string | undefined;
  if (ctx.label !== null && ctx.label > 0) {
    const at = ctx.cellAt(row, ctx.label - 1);
    const text = typeof at.value === 'string' ? at.value.trim() : '';
    if (text !== '' && !ORDINAL.test(text)) [group, groupCell] = [text, sink.address(at.row, at.col)];
  }
  const cells = { ...fields.cells, group: groupCell, activity: fields.cells.group };
  if (groupCell === undefined) delete cells.group;
  add(ctx, { values: { ...fields.values, group }, cells }, label, months, row, fields.cells.group!);
}

/** The reading of a cell merged across several months: all of their months, or the first column's reading. */
function joined(months: readonly MonthColumn[]): MonthReading {
  const refs: MonthRef[] = [];
  for (const m of months) {
    if (m.reading.kind !== 'months') return months[0]?.reading ?? m.reading;
    refs.push(...m.reading.months);
  }
  return { kind: 'months', months: refs };
}
