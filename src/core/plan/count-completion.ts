import type { Activity } from './activity';
import type { CompletionCounts } from '../words/doc-language';

/**
 * How many of the activities ended in each state, by their `statusKind`.
 *
 * @example
 * countCompletion([activity({ statusKind: 'done' }), activity({ statusKind: null })])
 * //=> { total: 2, done: 1, inProgress: 0, notDone: 0, cancelled: 0, other: 0, unknown: 1 }
 */
export function countCompletion(activities: readonly Activity[]): CompletionCounts {
  const counts = { total: 0, done: 0, inProgress: 0, notDone: 0, cancelled: 0, other: 0, unknown: 0 };
  for (const { statusKind } of activities) {
    counts.total++;
    if (statusKind === 'done') counts.done++;
    else if (statusKind === 'in_progress') counts.inProgress++;
    else if (statusKind === 'not_done') counts.notDone++;
    else if (statusKind === 'cancelled') counts.cancelled++;
    else if (statusKind === 'other') counts.other++;
    else counts.unknown++;
  }
  return counts;
}
