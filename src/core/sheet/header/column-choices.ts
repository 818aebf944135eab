import { cellText } from '../cell-text';
import { cellIn } from '../grid-cells';
import { columnLetters } from '../to-a1';
import type { Grid } from '../grid';

export interface ColumnChoice {
  /** Column letters, as column overrides are saved ("B"). */
  readonly letters: string;
  /** What the header row says in that column ('' when blank). */
  readonly header: string;
}

/**
 * The columns a user can pick when detection guessed wrong: every column that
 * holds a cell, left to right, with the text of the header row (absolute,
 * zero-based), or of the first row when no header was found. A column with
 * nothing in it is no choice, and a stray value far to the right adds one
 * choice, not thousands.
 *
 * @example
 * columnChoices(gridFromValues('S', [['标题', null], ['月份', '活动']]), 1)
 * //=> [{ letters: 'A', header: '月份' }, { letters: 'B', header: '活动' }]
 */
export function columnChoices(grid: Grid, headerRow: number | null): ColumnChoice[] {
  const row = headerRow === null ? grid.rows[0] : grid.rows.find((r) => r.row === headerRow);
  const used = new Set<number>();
  for (const r of grid.rows) for (const col of r.cols) used.add(col);
  return [...used].sort((a, b) => a - b).map((col) => ({ letters: columnLetters(col), header: cellText(cellIn(row, col)) }));
}
