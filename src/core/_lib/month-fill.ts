import type { CellValue } from '../types';
import type { ScheduleSink } from './schedule-sink';

/** A month cell that blank cells below it may take their month from. */
export interface MonthSource {
  readonly value: CellValue;
  readonly format: string | undefined;
  readonly address: string;
  /** As the user sees it ("2月"), for the warning. */
  readonly text: string;
}

/**
 * Blank month cells under a month, as people leave them on paper (and as a .csv export of a
 * merged sheet looks): a blank, unmerged month cell takes the month of the non-empty month cell
 * above it, up to the next non-empty month cell or a blank row. Each run of such cells gets one
 * warning, at its first cell ("B5–B7 月份空白，按上方的“2月”计入"), so the user sees what was
 * assumed. A blank cell with nothing above it in its run stays a missing month.
 */
export class MonthFill {
  private source: MonthSource | null = null;
  private block: { first: string; last: string; source: MonthSource } | null = null;

  constructor(private readonly sink: ScheduleSink) {}

  /** A blank row: what the month cell above says stops here. */
  reset(): void {
    this.flush();
    this.source = null;
  }

  /** A month cell that is not blank (its own, or a merged one over it); null for one that cannot be a month (a formula). */
  see(source: MonthSource | null): void {
    if (source?.address === this.source?.address) return;
    this.flush();
    this.source = source;
  }

  /** The month for a blank month cell at `address`, or null when there is none above. */
  take(address: string): MonthSource | null {
    const source = this.source;
    if (source === null) return null;
    if (this.block) this.block.last = address;
    else this.block = { first: address, last: address, source };
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
      value: block.source.text,
    });
  }
}
