/**
 * The sheet the pane analyses when it opens: the one saved with the workbook while it
 * still exists, else the one detection found, else the first candidate (so the user
 * sees why it is not a schedule), else none.
 *
 * @example
 * chooseSourceSheet(['Sheet1', '安排表'], '安排表', 'Sheet1') //=> '安排表'
 * chooseSourceSheet(['Sheet1', '安排表'], '已删除', '安排表') //=> '安排表'
 * chooseSourceSheet([], undefined, null) //=> null
 *
 * Only the pane's hook still asks this: `resolveSchedule` makes the same choice for the command
 * line and the pane, and replaces it once the hook calls it.
 */
export function chooseSourceSheet(
  candidates: readonly string[],
  saved: string | undefined,
  detected: string | null,
): string | null {
  if (saved !== undefined && candidates.includes(saved)) return saved;
  if (detected !== null && candidates.includes(detected)) return detected;
  return candidates[0] ?? null;
}
