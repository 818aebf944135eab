import type { ScheduleRow } from '../read-rows';
import { columnLetters } from '../to-a1';
import type { CellValue, Grid } from '../grid';
import type { Field } from '../header/header-match';
import type { Issue, Severity } from '../../issues/issue';
import type { MonthReading } from '../month/month-reading';
import { isBlank, isFormula } from '../cell-text';
import { cellIn } from '../grid-cells';

/** Formulas with no saved result in one column. */
interface FormulaColumn {
  readonly field: Field;
  readonly header: string;
  /** Their A1 addresses, each once (a merged cell is read for every row it covers). */
  readonly cells: Set<string>;
}

/** Fewer formulas than this in a column are reported one by one. */
const WHOLE_COLUMN = 2;

/**
 * What every layout's reader does with what it reads: issues reported once per code and cell,
 * duplicated rows reported and read once, A1 addresses worked out once per column, and formulas
 * with no saved result collected so that a column made of them is reported once for the sheet.
 */
export class ScheduleSink {
  readonly rows: ScheduleRow[] = [];
  private readonly issues: Issue[] = [];
  private readonly reported = new Set<string>();
  private readonly byText = new Map<string, ScheduleRow>();
  private readonly seen = new Map<string, number>();
  private readonly letters = new Map<number, string>();
  private readonly formulas = new Map<number, FormulaColumn>();

  constructor(readonly sheet: string) {}

  report(issue: Issue): void {
    const key = `${issue.code}@${issue.cell}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.issues.push(issue);
  }

  /** The A1 address of an absolute cell. */
  address(row: number, col: number): string {
    let l = this.letters.get(col);
    if (l === undefined) {
      l = columnLetters(col);
      this.letters.set(col, l);
    }
    return `${l}${row + 1}`;
  }

  /**
   * Whether a cell read for `field` from (row, col) is a formula whose result was never saved;
   * the reader then takes it as blank, and `finish` reports it.
   */
  formula(value: CellValue, row: number, col: number, field: Field, header: string): boolean {
    if (!isFormula(value)) return false;
    let column = this.formulas.get(col);
    if (column === undefined) {
      column = { field, header, cells: new Set() };
      this.formulas.set(col, column);
    }
    column.cells.add(this.address(row, col));
    return true;
  }

  /** Adds a row unless it repeats an earlier one (same text, month and group), which is reported. */
  add(row: ScheduleRow): boolean {
    const first = this.firstCopy(row);
    if (first !== undefined) {
      const cell = row.cells.activity ?? null;
      this.report({ code: 'duplicate_row', severity: 'warning', sheet: this.sheet, cell, value: row.text, firstRow: first });
      return false;
    }
    this.rows.push(row);
    return true;
  }

  /**
   * The sheet row of an earlier row with the same text, month and group. Rows are looked up by their
   * text alone (nearly every text is new: no key to build); texts seen with another month or group
   * are then told apart by the whole key.
   */
  private firstCopy(row: ScheduleRow): number | undefined {
    const earlier = this.byText.get(row.text);
    if (earlier === undefined) {
      this.byText.set(row.text, row);
      return undefined;
    }
    if (earlier.monthText === row.monthText && (earlier.group ?? '') === (row.group ?? '')) return earlier.row;
    const key = `${row.text}\u0000${row.monthText}\u0000${row.group ?? ''}`;
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, row.row);
    return first;
  }

  /** Reports what a month cell's reading says is wrong with it, at the cell. */
  month(reading: MonthReading, cell: string, value: string): void {
    const issue = issueForReading(reading);
    if (issue) this.report({ ...issue, sheet: this.sheet, cell, value });
  }

  /**
   * The rows and the issues. Formulas are reported at their cells, or once for the sheet when every
   * cell of their column from `firstRow` down is one: a column computed by a program that saved no
   * results says so once rather than on every row.
   */
  finish(grid: Grid, firstRow: number): { rows: ScheduleRow[]; issues: Issue[] } {
    for (const [col, column] of this.formulas) {
      const severity = column.field === 'month' || column.field === 'activity' ? 'error' : 'warning';
      if (column.cells.size >= WHOLE_COLUMN && column.cells.size === filledCells(grid, firstRow, col)) {
        const whole = { code: 'formula_column_not_calculated', severity, sheet: this.sheet, cell: null } as const;
        this.issues.push({ ...whole, column: columnLetters(col), value: column.header });
      } else {
        for (const cell of column.cells) this.report({ code: 'formula_not_calculated', severity, sheet: this.sheet, cell });
      }
    }
    return { rows: this.rows, issues: this.issues };
  }
}

function filledCells(grid: Grid, firstRow: number, col: number): number {
  let count = 0;
  for (const row of grid.rows) if (row.row >= firstRow && !isBlank(cellIn(row, col))) count += 1;
  return count;
}

/** The codes of what a month cell's reading says is wrong with it. */
type ReadingCode = 'month_missing' | 'month_undecided' | 'month_lunar' | 'month_out_of_range' | 'month_error_value' | 'month_unknown';

function issueForReading(reading: MonthReading): { code: ReadingCode; severity: Severity } | null {
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
