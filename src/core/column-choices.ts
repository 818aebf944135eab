import { cellText } from './_lib/cell-text';
import { columnLetters } from './to-a1';
import type { Grid } from './types';

export interface ColumnChoice {
  /** Column letters, as column overrides are saved ("B"). */
  readonly letters: string;
  /** What the header row says in that column ('' when blank). */
  readonly header: string;
}

/**
 * The columns a user can pick when detection guessed wrong: every column of the
 * grid with the text of the header row (absolute, zero-based), or of the first
 * row when no header was found.
 *
 * @example
 * columnChoices({ sheetName: 'S', origin: { row: 0, col: 0 }, values: [['标题', null], ['月份', '活动']], merges: [] }, 1)
 * //=> [{ letters: 'A', header: '月份' }, { letters: 'B', header: '活动' }]
 */
export function columnChoices(grid: Grid, headerRow: number | null): ColumnChoice[] {
  const r = headerRow === null ? 0 : headerRow - grid.origin.row;
  const row = grid.values[r] ?? [];
  const width = grid.values.reduce((w, cells) => Math.max(w, cells.length), 0);
  return Array.from({ length: width }, (_, c) => ({
    letters: columnLetters(grid.origin.col + c),
    header: cellText(row[c]),
  }));
}
