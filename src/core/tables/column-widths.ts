import { displayWidth } from './display-width';

/** A column holds at least one Chinese character (or two Latin ones) a line. */
const MIN_WIDTH = 2;

/**
 * How wide each column of a table should be, in half-width character units
 * (a Chinese character is two), given how many fit across the table.
 *
 * Every column first gets what its widest cell needs on one line (header
 * included). When that is more than fits, the narrow columns keep their
 * width and only the widest ones give way, down to a common width at which
 * their text wraps; when it is less, the spare room is shared in proportion.
 * So 月份, 任务组 and 负责人 stay on one line and 活动 wraps.
 *
 * @param columns - The header texts
 * @param rows - The body rows; missing cells count as empty
 * @param capacity - How many half-width characters fit across the table
 * @returns One width per column, summing to `capacity`
 *
 * @example
 * columnWidths(['月份', '活动', '负责人'], [['一月', '元旦教职工迎新活动暨工会会员大会', '王芳']], 24)
 * //=> [4, 14, 6]
 */
export function columnWidths(columns: readonly string[], rows: readonly (readonly string[])[], capacity: number): number[] {
  const natural = columns.map((header, col) =>
    Math.max(MIN_WIDTH, ...[header, ...rows.map((row) => row[col] ?? '')].flatMap((cell) => cell.split(/\r\n|\r|\n/).map(displayWidth))),
  );
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= capacity) return natural.map((width) => (width * capacity) / total);

  // Water-filling: from the narrowest column up, each keeps its width while an equal share of what is left allows it.
  let left = capacity;
  let limit = 0;
  const ascending = [...natural].sort((a, b) => a - b);
  for (const [i, width] of ascending.entries()) {
    limit = left / (ascending.length - i);
    if (width > limit) break;
    left -= width;
    limit = Infinity;
  }
  return natural.map((width) => Math.min(width, limit));
}
