import { chooseLang } from '../../core/words/choose-lang';
import type { Lang } from '../../core/words/lang';

const KEY = 'plansheet.lang';

/** Reads a remembered choice; storage may be blocked (private mode, a locked-down webview). */
function stored(storage: Pick<Storage, 'getItem'> | null): Lang | null {
  try {
    const value = storage?.getItem(KEY);
    return value === 'zh' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The standalone page's language: the one the user chose last time on this computer, else the
 * browser's first language (zh-TW and zh-HK get Chinese, which is simplified: the page says so).
 *
 * @example
 * standaloneLang(null, ['en-GB', 'zh-CN']) //=> 'en'
 * standaloneLang(null, ['zh-TW']) //=> 'zh'
 */
export function standaloneLang(storage: Pick<Storage, 'getItem'> | null, languages: readonly string[]): Lang {
  return stored(storage) ?? chooseLang(languages[0]);
}

/** Remembers the user's choice; a storage that refuses it costs only the memory. */
export function rememberLang(storage: Pick<Storage, 'setItem'> | null, lang: Lang): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Nothing to do: the page still switches, it will not remember.
  }
}

/**
 * True for a traditional-Chinese locale (Taiwan, Hong Kong, Macao, or a Hant script tag).
 *
 * @example
 * isTraditionalChinese('zh-HK') //=> true
 * isTraditionalChinese('zh-CN') //=> false
 */
export function isTraditionalChinese(tag: string | null | undefined): boolean {
  return typeof tag === 'string' && /^zh(-hant|-tw|-hk|-mo)\b/i.test(tag.trim());
}

/** The storage the page may use, or null where touching it throws. */
export function pageStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
