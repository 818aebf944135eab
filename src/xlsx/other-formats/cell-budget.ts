import type { ReadLimits } from '../read-limits';
import { ReadBudget } from '../read/read-budget';

export interface CellBudget {
  /** Counts one cell with a value; throws `file_too_many_cells` past the limit. */
  readonly take: () => void;
  /** Counts several at once. */
  readonly takeMany: (count: number) => void;
}

/**
 * The cells a file may still give, over all its sheets (`limits.cells`, as Excel on the web
 * reads at most), counted while the cells are converted so that a file is refused before its
 * grid is built.
 * The .xlsx reader's budget does the counting, so that both readers refuse at the same count.
 *
 * @example
 * const budget = cellBudget({ ...READ_LIMITS, cells: 1 });
 * budget.take();
 * budget.take() // throws PortError file_too_many_cells
 */
export function cellBudget(limits: ReadLimits): CellBudget {
  const budget = new ReadBudget(limits);
  return { take: () => budget.addCells(1), takeMany: (count) => budget.addCells(count) };
}
