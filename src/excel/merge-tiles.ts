import { MERGED_AREAS_LIMIT } from './limits';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Tiles covering a range such that none can have more than 512 merged areas, the most
 * getMergedAreasOrNullObject returns. Excel counts the areas whose top-left cell is in the range
 * (office-js #3611), each area is at least two cells, and areas do not overlap. In a tile of h × w
 * cells, an area starting off the tile's last row and column takes two of its cells; one starting
 * on them (h + w − 1 cells) may take only one. So a tile holds at most ⌊(h·w + h + w − 1) / 2⌋
 * areas, which stays within 512 while (h + 1)(w + 1) ≤ 1027: 170 rows of a 5-column schedule, 1 row
 * of 512 columns. Tiles are whole-width bands, or 512-column strips of single rows for a wider range.
 *
 * @example
 * mergeTiles({ row: 1, col: 0, rows: 300, cols: 5 })
 * //=> [{ row: 1, col: 0, rows: 170, cols: 5 }, { row: 171, col: 0, rows: 130, cols: 5 }]
 */
export function mergeTiles(range: Rect): Rect[] {
  const { width, height } = tileShape(range);
  const tiles: Rect[] = [];
  for (let row = range.row; row < range.row + range.rows; row += height) {
    for (let col = range.col; col < range.col + range.cols; col += width) {
      tiles.push({
        row,
        col,
        rows: Math.min(height, range.row + range.rows - row),
        cols: Math.min(width, range.col + range.cols - col),
      });
    }
  }
  return tiles;
}

/** How many tiles mergeTiles gives, without making them. */
export function mergeTileCount(range: Rect): number {
  const { width, height } = tileShape(range);
  return Math.ceil(range.rows / height) * Math.ceil(range.cols / width);
}

/** The widest tile of at most 512 columns, and the tallest with (h + 1)(w + 1) ≤ 2 × 512 + 3. */
function tileShape(range: Rect): { width: number; height: number } {
  const width = Math.min(range.cols, MERGED_AREAS_LIMIT);
  return { width, height: Math.max(1, Math.floor((2 * MERGED_AREAS_LIMIT + 3) / (width + 1)) - 1) };
}
