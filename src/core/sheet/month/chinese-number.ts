const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in Chinese, with how many digits it stands for (二〇二三 is four, 十二 is two). */
export interface ChineseNumber {
  readonly value: number;
  readonly digits: number;
}

/**
 * A run of Chinese numerals as a number: positional with 十 (十, 十二, 二十,
 * 二十三) or digit by digit without it (二〇二三, 二三, 〇三). Null for runs that
 * are no number (十十, 一十二十). Larger units (百, 千) do not occur in months
 * or years as people write them, so they are not read.
 *
 * @example
 * chineseNumber('十一') //=> { value: 11, digits: 2 }
 * chineseNumber('二〇二三') //=> { value: 2023, digits: 4 }
 */
export function chineseNumber(run: string): ChineseNumber | null {
  if (run === '') return null;
  const positional = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(run);
  if (positional) {
    const tens = positional[1] ? (DIGITS[positional[1]] ?? 0) : 1;
    const units = positional[2] ? (DIGITS[positional[2]] ?? 0) : 0;
    return { value: tens * 10 + units, digits: 2 };
  }
  let value = 0;
  for (const ch of run) {
    const digit = DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return { value, digits: [...run].length };
}
