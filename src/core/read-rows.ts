import { cellText, isBlank } from './_lib/cell-text';
import { cellIn, formatIn, rowLookup } from './_lib/grid-cells';
import { mergedLookup } from './_lib/merged-lookup';
import { classifyStatus } from './classify-status';
import { serialToDate } from './excel-date';
import { isDateFormat } from './is-date-format';
import { parseMonth } from './parse-month';
import { stripNumbering } from './strip-numbering';
import { columnLetters } from './to-a1';
import { FIELDS, type CellValue, type Field, type Grid, type GridRow, type HeaderMatch, type Issue, type MonthReading, type StatusKind } from './types';

/** One schedule row as read, before the plan period is applied. */
export interface ScheduleRow {
  readonly row: number;
  readonly text: string;
  readonly monthText: string;
  readonly reading: MonthReading;
  readonly group: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly statusKind: StatusKind | null;
  readonly notes: string | null;
  readonly cells: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The activity rows below a header: merged cells apply to every row they
 * cover, blank rows are skipped (never taken as the end), typed numbering is
 * removed, and every problem becomes an issue at its cell. Duplicated rows are
 * reported and read once.
 */
export function readRows(grid: Grid, header: HeaderMatch): { rows: ScheduleRow[]; issues: Issue[] } {
  const sheet = grid.sheetName;
  const source = mergedLookup(grid);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const report = (issue: Issue): void => {
    const key = `${issue.code}@${issue.cell}`;
    if (reported.has(key)) return;
    reported.add(key);
    issues.push(issue);
  };
  const seen = new Map<string, number>();
  const rows: ScheduleRow[] = [];
  const rowAt = grid.merges && grid.merges.length > 0 ? rowLookup(grid) : null;

  // Per field: its column and the column's letters, worked out once, not per row.
  const fields = FIELDS.filter((f) => header.columns[f]).map((field) => ({ field, col: header.columns[field]!.col }));
  const letters = new Map<number, string>();
  const addressOf = (row: number, col: number): string => {
    let l = letters.get(col);
    if (l === undefined) {
      l = columnLetters(col);
      letters.set(col, l);
    }
    return `${l}${row + 1}`;
  };

  const firstData = (header.lastRow ?? header.row) + 1;
  for (const own of grid.rows) {
    if (own.row < firstData) continue;
    const r = own.row;
    // A row whose own cells are all blank is a spacer, even under a merged month cell.
    if (!hasOwnValue(own, fields)) continue;
    const cells: Partial<Record<Field, CellValue>> = {};
    const addresses: Partial<Record<Field, string>> = {};
    let monthFormat: string | undefined;
    for (const { field, col } of fields) {
      const at = source(r, col);
      const from = at.row === r || rowAt === null ? own : rowAt(at.row);
      cells[field] = cellIn(from, at.col);
      if (field === 'month') monthFormat = formatIn(from, at.col);
      addresses[field] = addressOf(at.row, at.col);
    }
    const monthValue = cells.month ?? null;
    const monthCell = addresses.month!;
    const activityCell = addresses.activity!;
    const rawText = cellText(cells.activity);
    const reading = parseMonth(monthValue, monthFormat);

    if (!rawText) {
      if (reading.kind !== 'empty') report({ code: 'activity_missing', severity: 'warning', sheet, cell: activityCell, value: displayMonth(monthValue, monthFormat) });
      continue;
    }
    const text = stripNumbering(rawText);
    const monthText = displayMonth(monthValue, monthFormat);
    const group = textOrNull(cells.group);
    const key = `${text}\u0000${monthText}\u0000${group ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report({ code: 'duplicate_row', severity: 'warning', sheet, cell: activityCell, value: text, firstRow: first });
      continue;
    }
    seen.set(key, r + 1);

    const monthIssue = issueForReading(reading);
    if (monthIssue) report({ ...monthIssue, sheet, cell: monthCell, value: monthText });

    const status = textOrNull(cells.status);
    rows.push({
      row: r + 1,
      text,
      monthText,
      reading,
      group,
      owner: textOrNull(cells.owner),
      status,
      statusKind: classifyStatus(status),
      notes: textOrNull(cells.notes),
      cells: addresses,
    });
  }
  return { rows, issues };
}

function hasOwnValue(row: GridRow, fields: readonly { col: number }[]): boolean {
  for (const { col } of fields) if (!isBlank(cellIn(row, col))) return true;
  return false;
}

function issueForReading(reading: MonthReading): Pick<Issue, 'code' | 'severity'> | null {
  switch (reading.kind) {
    case 'empty':
      return { code: 'month_missing', severity: 'warning' };
    case 'undecided':
      return { code: 'month_undecided', severity: 'warning' };
    case 'lunar':
      return { code: 'month_lunar', severity: 'warning' };
    case 'out_of_range':
      return { code: 'month_out_of_range', severity: 'error' };
    case 'error_value':
      return { code: 'month_error_value', severity: 'error' };
    case 'unknown':
      return { code: 'month_unknown', severity: 'error' };
    default:
      return null;
  }
}

function textOrNull(value: CellValue | undefined): string | null {
  const text = cellText(value);
  return text ? text : null;
}

/** A month cell as the user sees it: dates as 2024/9/10, the rest as typed. */
function displayMonth(value: CellValue, format: string | undefined): string {
  if (typeof value === 'number' && isDateFormat(format)) {
    const date = serialToDate(value);
    if (date) return `${date.year}/${date.month}/${date.day}`;
  }
  return cellText(value);
}
