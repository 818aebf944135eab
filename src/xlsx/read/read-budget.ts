import { PortError } from '../../core/ports/workbook-port';
import type { ReadLimits } from '../read-limits';

/**
 * What one read of a file has used so far, against its limits: uncompressed bytes over all
 * parts, and cells (strings of the shared-string table and merged areas count as cells too,
 * since they cost memory the same way). Every count is checked as it grows, so a limit stops
 * the read at the moment it is passed, never after the damage is done.
 *
 * @example
 * const budget = new ReadBudget({ ...READ_LIMITS, cells: 2 });
 * budget.addCells(2); budget.addCells(1) // throws PortError file_too_many_cells
 */
export class ReadBudget {
  private bytes = 0;
  private cellCount = 0;

  constructor(readonly limits: ReadLimits) {}

  /** `n` more uncompressed bytes have been read. */
  addBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > this.limits.totalBytes) throw tooLarge(null, this.limits.totalBytes, 'all parts together');
  }

  /** `n` more cells (or strings, or merged areas) are kept. */
  addCells(n: number): void {
    this.cellCount += n;
    if (this.cellCount > this.limits.cells) {
      throw PortError.file({ code: 'file_too_many_cells', limit: this.limits.cells }, `more than ${this.limits.cells} cells`);
    }
  }
}

export function tooLarge(size: number | null, limit: number, detail: string): PortError {
  return PortError.file({ code: 'file_too_large', size, limit }, detail);
}
