import { PortError } from '../../core/workbook-port';
import type { ReadLimits } from '../read-limits';

export interface CellBudget {
  /** Counts one cell with a value; throws `file_too_large` past the limit. */
  readonly take: () => void;
  /** Counts several at once. */
  readonly takeMany: (count: number) => void;
}

/**
 * The cells a file may still give, over all its sheets (`limits.cells`, as Excel on the web
 * reads at most), counted while the cells are converted so that a file is refused before its
 * grid is built.
 *
 * The problem carries the file-size limit: `file_too_large` words its limit in bytes, and a
 * file over the cell limit is refused for the same reason, its size once read.
 *
 * @example
 * const budget = cellBudget({ ...READ_LIMITS, cells: 1 });
 * budget.take();
 * budget.take() // throws PortError file_too_large
 */
export function cellBudget(limits: ReadLimits): CellBudget {
  let left = limits.cells;
  const refuse = (): never => {
    throw PortError.file({ code: 'file_too_large', size: null, limit: limits.fileBytes }, `more than ${limits.cells} cells`);
  };
  return {
    take: () => {
      if (--left < 0) refuse();
    },
    takeMany: (count) => {
      left -= count;
      if (left < 0) refuse();
    },
  };
}
