import type { Lang } from './lang';

/**
 * A task group's name for display: items with no group are 其他工作 / Other work.
 *
 * @example
 * groupLabel('', 'zh') //=> '其他工作'
 * groupLabel('文体活动', 'en') //=> '文体活动'
 */
export function groupLabel(name: string, lang: Lang): string {
  if (name) return name;
  return lang === 'en' ? 'Other work' : '其他工作';
}
