import type { CellValue } from '../grid';
import { displayMonth } from '../display-month';
import type { ScheduleSink } from './schedule-sink';

/** A month cell that blank cells below it take their month from. */
export interface MonthSource {
  readonly value: CellValue;
  readonly format: string | undefined;
  readonly address: string;
}

/**
 * Blank month cells under a month, as people leave them on paper (and as a .csv export of a
 * merged sheet looks): a blank, unmerged month cell takes the month of the non-empty month cell
 * above it, up to the next non-empty month cell or a blank row. Each run of such cells gets one
 * warning, at its first cell ("B5–B7 月份空白，按上方的“2月”计入"), so the user sees what was
 * assumed. A blank cell with nothing above it in its run stays a missing month.
 *
 * A reader calls `see` for every month cell that is not blank, row after row: it keeps the cell
 * in place, allocating nothing, since a list of 100,000 rows has as many month cells.
 */
export class MonthFill {
  private value: CellValue = null;
  private format: string | undefined = undefined;
  private address: string | null = null;
  private block: { first: string; last: string; source: MonthSource } | null = null;

  constructor(private readonly sink: ScheduleSink) {}

  /** A blank row: what the month cell above says stops here. */
  reset(): void {
    this.flush();
    this.address = null;
  }

  /** A month cell that is not blank (its own, or a merged one over it); `address` null for one that is no month (a formula). */
  see(value: CellValue, format: string | undefined, address: string | null): void {
    if (address === this.address) return;
    this.flush();
    this.value = value;
    this.format = format;
    this.address = address;
  }

  /** The month for a blank month cell at `address`, or null when there is none above. */
  take(address: string): MonthSource | null {
    if (this.address === null) return null;
    if (this.block) {
      this.block.last = address;
      return this.block.source;
    }
    const source = { value: this.value, format: this.format, address: this.address };
    this.block = { first: address, last: address, source };
    return source;
  }

  /** Reports the run of filled cells that has ended. */
  flush(): void {
    const block = this.block;
    if (block === null) return;
    this.block = null;
    this.sink.report({
      code: 'month_filled_from_above',
      severity: 'warning',
      sheet: this.sink.sheet,
      cell: block.first,
      ...(block.last !== block.first ? { lastCell: block.last } : {}),
      value: displayMonth(block.source.value, block.source.format),
    });
  }
}
