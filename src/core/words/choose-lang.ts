import type { Lang } from './lang';

/**
 * The pane's language for a BCP 47 language tag (Office's display language, or the
 * browser's): English when the tag is English, Chinese otherwise, because the people
 * this is for work in Chinese and the Chinese text is the reference.
 *
 * @example
 * chooseLang('en-US') //=> 'en'
 * chooseLang('zh-CN') //=> 'zh'
 * chooseLang(undefined) //=> 'zh'
 */
export function chooseLang(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && /^en\b/i.test(tag.trim()) ? 'en' : 'zh';
}
