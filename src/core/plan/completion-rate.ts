import type { CompletionCounts } from '../words/doc-language';

/**
 * Done items as a whole percentage of all items. It never rounds up to 100
 * while something is left, nor down to 0 once something is done: a summary
 * must not claim more, or less, than the sheet says.
 *
 * @example
 * completionRate({ total: 24, done: 20, inProgress: 2, notDone: 1, cancelled: 1, other: 0, unknown: 0 }) //=> 83
 * completionRate({ total: 0, done: 0, inProgress: 0, notDone: 0, cancelled: 0, other: 0, unknown: 0 }) //=> null
 */
export function completionRate(counts: CompletionCounts): number | null {
  if (counts.total === 0) return null;
  const rate = Math.round((counts.done * 100) / counts.total);
  if (counts.done < counts.total && rate === 100) return 99;
  if (counts.done > 0 && rate === 0) return 1;
  return rate;
}
