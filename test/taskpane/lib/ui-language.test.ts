import { isTraditionalChinese, rememberLang, standaloneLang } from '../../../src/taskpane/lib/ui-language';

function memory(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('the standalone page language', () => {
  it('follows the browser until she chooses, then remembers her choice', () => {
    const storage = memory();
    expect([standaloneLang(storage, ['en-GB', 'zh-CN']), standaloneLang(storage, ['zh-TW']), standaloneLang(storage, [])]).toEqual([
      'en',
      'zh',
      'zh',
    ]);
    rememberLang(storage, 'en');
    expect([standaloneLang(storage, ['zh-CN']), [...storage.data]]).toEqual(['en', [['plansheet.lang', 'en']]]);
  });

  it('still works where storage throws (blocked, private mode)', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberLang(blocked, 'en')).not.toThrow();
    expect(standaloneLang(blocked, ['en-US'])).toBe('en');
  });

  it('knows the traditional-Chinese locales', () => {
    expect(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-TW', 'zh-CN', 'zh-Hans', 'zh', 'en'].map(isTraditionalChinese)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
