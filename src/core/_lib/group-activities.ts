import type { Activity } from '../types';

export interface ActivityGroup {
  /** null for the items that belong to no task group. */
  readonly name: string | null;
  readonly items: readonly Activity[];
}

/**
 * Activities by task group, in order of first appearance, the ungrouped ones
 * last. Ungrouped items join a group named like their heading (`otherName`),
 * so that a document never shows two 其他工作 headings.
 *
 * @example
 * groupActivities([{ group: '文体活动', … }, { group: null, … }, { group: '文体活动', … }], '其他工作')
 * //=> [{ name: '文体活动', items: [first, third] }, { name: null, items: [second] }]
 */
export function groupActivities(activities: readonly Activity[], otherName: string): ActivityGroup[] {
  const byName = new Map<string, Activity[]>();
  const ungrouped: Activity[] = [];
  for (const activity of activities) {
    const name = activity.group?.trim() ?? '';
    if (name === '') {
      ungrouped.push(activity);
      continue;
    }
    const items = byName.get(name);
    if (items) items.push(activity);
    else byName.set(name, [activity]);
  }
  const groups: ActivityGroup[] = [...byName].map(([name, items]) => ({ name, items }));
  if (ungrouped.length === 0) return groups;
  const other = byName.get(otherName);
  if (other) for (const activity of ungrouped) other.push(activity);
  else groups.push({ name: null, items: ungrouped });
  return groups;
}
