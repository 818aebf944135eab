/** A run of rows: `count` rows from the zero-based `start`. */
export interface RowBlock {
  readonly start: number;
  readonly count: number;
}

export interface PlanBlocksOptions {
  /** At most this many rows per block (e.g. to stay under a host's cell-count limit). */
  readonly maxRows?: number;
}

/**
 * Splits rows into consecutive blocks whose estimated sizes each stay within
 * `limit`, so that a host with a request/response size limit (Excel on the web:
 * 5 MB) gets one round trip per block instead of one per row. `bytesPerRow` is
 * one estimate for every row, or one per row. A row larger than `limit` on its
 * own gets a block of its own: the host then says it is too large, rather than
 * the rows being silently dropped.
 *
 * @example
 * planBlocks(10, 300, 1000)
 * //=> [{ start: 0, count: 3 }, { start: 3, count: 3 }, { start: 6, count: 3 }, { start: 9, count: 1 }]
 * planBlocks(3, [600, 500, 100], 1000)
 * //=> [{ start: 0, count: 1 }, { start: 1, count: 2 }]
 * planBlocks(0, 100, 1000) //=> []
 */
export function planBlocks(
  rowCount: number,
  bytesPerRow: number | readonly number[],
  limit: number,
  options: PlanBlocksOptions = {},
): RowBlock[] {
  const maxRows = Math.max(1, Math.floor(options.maxRows ?? Number.POSITIVE_INFINITY));
  const sizeOf = (row: number): number => (typeof bytesPerRow === 'number' ? bytesPerRow : (bytesPerRow[row] ?? 0));
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  for (let row = 0; row < rowCount; row++) {
    const size = sizeOf(row);
    const count = row - start;
    if (count > 0 && (bytes + size > limit || count >= maxRows)) {
      blocks.push({ start, count });
      start = row;
      bytes = 0;
    }
    bytes += size;
  }
  if (rowCount > start) blocks.push({ start, count: rowCount - start });
  return blocks;
}
