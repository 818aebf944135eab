import type { Grid } from '../grid';
import type { MatrixColumn } from '../header/header-match';
import { cellIn } from '../grid-cells';

/** How many rows below a matrix header are looked at to tell a schedule from a table of figures. */
const NUMBERS_REACH = 200;

/**
 * Whether the matrix cells below a header (the first rows of them) hold numbers and no text:
 * a budget or a count by month, not a schedule. An empty matrix (a blank template) is not.
 */
export function holdsNumbersOnly(grid: Grid, index: number, matrix: readonly MatrixColumn[]): boolean {
  let numbers = false;
  for (let j = index + 1; j < grid.rows.length && j <= index + NUMBERS_REACH; j++) {
    for (const { col } of matrix) {
      const value = cellIn(grid.rows[j], col);
      if (typeof value === 'string' && value.trim() !== '') return false;
      if (typeof value === 'number') numbers = true;
    }
  }
  return numbers;
}
