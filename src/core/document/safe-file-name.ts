/**
 * A file name for a download: the title with the characters Windows refuses
 * (\ / : * ? " < > |) and control characters replaced, trimmed, shortened, and
 * never empty.
 *
 * @example
 * safeFileName('2024年工会工作计划', 'docx') //=> '2024年工会工作计划.docx'
 * safeFileName('a/b: c?', 'xlsx') //=> 'a_b_ c_.xlsx'
 * safeFileName('  ', 'docx', 'PlanSheet') //=> 'PlanSheet.docx'
 */
export function safeFileName(title: string, extension: string, fallback = 'PlanSheet'): string {
  const cleaned = title
    .replace(/\s+/g, ' ')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  const base = (cleaned || fallback).slice(0, 120);
  return `${base}.${extension}`;
}
