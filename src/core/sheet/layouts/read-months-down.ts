import { classifyStatus } from '../classify-status';
import { parseMonth } from '../month/parse-month';
import type { ScheduleRow } from '../read-rows';
import type { CellValue, Grid, GridRow } from '../grid';
import type { Field, HeaderMatch } from '../header/header-match';
import type { Issue } from '../../issues/issue';
import type { MonthReading } from '../month/month-reading';
import { normalizeHeader } from '../header/normalize-header';
import { cellText, isBlank, isFormula } from '../cell-text';
import { NOT_WORK_LABEL } from '../header/header-names';
import { displayMonth } from '../display-month';
import { cellIn, formatIn, rowLookup } from '../grid-cells';
import { mergedLookup } from '../merged-lookup';
import { MonthFill } from './month-fill';
import { ScheduleSink } from './schedule-sink';
import { splitCellItems } from '../split-cell-items';

const UNREAD: MonthReading = Object.freeze({ kind: 'unknown' });

/** One month row: its month (from its cell, a merge or the cell above) and the fields its items share. */
interface MonthRow {
  readonly own: GridRow;
  readonly reading: MonthReading;
  readonly monthText: string;
  readonly monthCell: string;
  /** The month cell is a formula with no saved result: reported as such, not as a month problem. */
  readonly formula: boolean;
  readonly values: Partial<Record<Field, string | null>>;
  readonly cells: Partial<Record<Field, string>>;
}

/**
 * The activities of a transposed matrix: months down the month column, task groups across the
 * header, each non-empty cell that month's work for the column's group, split into items (see
 * `splitCellItems`). A month merged down over several rows counts for each; a blank month cell
 * takes the month above (see `MonthFill`); 负责人 / 完成情况 / 备注 columns apply to every item
 * of their row; a row of notes or sums (备注, 合计 in the month column) holds no work. Groups are
 * read left to right, each top to bottom: the order in which the same matrix with months across
 * is read, so both give the same plan.
 */
export function readMonthsDown(grid: Grid, header: HeaderMatch): { rows: ScheduleRow[]; issues: Issue[] } {
  const sink = new ScheduleSink(grid.sheetName);
  const firstData = (header.lastRow ?? header.row) + 1;
  const monthRows = readMonthRows(grid, header, sink, firstData);
  for (const { col, header: group } of header.matrix ?? []) {
    for (const month of monthRows) {
      const value = cellIn(month.own, col);
      const cell = sink.address(month.own.row, col);
      if (sink.formula(value, month.own.row, col, 'activity', group)) continue;
      const text = typeof value === 'string' || (typeof value === 'object' && value !== null) ? cellText(value) : '';
      for (const item of text === '' ? [] : splitCellItems(text)) {
        const status = month.values.status ?? null;
        const row: ScheduleRow = {
          row: month.own.row + 1,
          text: item,
          monthText: month.monthText,
          reading: month.reading,
          group: group === '' ? null : group,
          owner: month.values.owner ?? null,
          status,
          statusKind: classifyStatus(status),
          notes: month.values.notes ?? null,
          cells: { ...month.cells, month: month.monthCell, activity: cell, group: sink.address(header.row, col) },
        };
        if (sink.add(row) && !month.formula) sink.month(month.reading, month.monthCell, month.monthText);
      }
    }
  }
  return sink.finish(grid, firstData);
}

/** The month rows below the header, in order, with their months worked out once. */
function readMonthRows(grid: Grid, header: HeaderMatch, sink: ScheduleSink, firstData: number): MonthRow[] {
  const source = mergedLookup(grid);
  const rowAt = rowLookup(grid);
  const monthCol = header.columns.month!.col;
  const fields = (['owner', 'status', 'notes'] as const).filter((f) => header.columns[f]).map((f) => header.columns[f]!);
  const groupCols = (header.matrix ?? []).map((m) => m.col);
  const fill = new MonthFill(sink);
  const rows: MonthRow[] = [];
  let previous = firstData - 1;
  for (const own of grid.rows) {
    if (own.row < firstData) continue;
    const notWork = NOT_WORK_LABEL.test(normalizeHeader(cellText(cellIn(own, monthCol))));
    const blank = notWork || (isBlank(cellIn(own, monthCol)) && groupCols.every((c) => isBlank(cellIn(own, c))));
    if (blank || own.row !== previous + 1) fill.reset();
    previous = own.row;
    if (blank) continue;
    const at = source(own.row, monthCol);
    const from = rowAt(at.row);
    let value: CellValue = cellIn(from, at.col);
    let format = formatIn(from, at.col);
    let monthCell = sink.address(at.row, at.col);
    const formula = sink.formula(value, at.row, at.col, 'month', header.columns.month!.header);
    if (formula) fill.see(null, undefined, null);
    else if (!isBlank(value)) fill.see(value, format, monthCell);
    else if (at.row === own.row && groupCols.some((c) => !isBlank(cellIn(own, c)))) {
      const above = fill.take(monthCell);
      if (above) [value, format, monthCell] = [above.value, above.format, above.address];
    }
    const values: Partial<Record<Field, string | null>> = {};
    const cells: Partial<Record<Field, string>> = {};
    for (const { field, col, header: text } of fields) {
      const cellAt = source(own.row, col);
      const v = cellIn(rowAt(cellAt.row), cellAt.col);
      cells[field] = sink.address(cellAt.row, cellAt.col);
      values[field] = sink.formula(v, cellAt.row, cellAt.col, field, text) ? null : cellText(v) || null;
    }
    const reading = formula || isFormula(value) ? UNREAD : parseMonth(value, format);
    rows.push({ own, reading, monthText: displayMonth(value, format), monthCell, formula, values, cells });
  }
  fill.flush();
  return rows;
}
