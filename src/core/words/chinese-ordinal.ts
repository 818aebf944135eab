const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * A whole number from 1 to 99 written in Chinese numerals, as documents number
 * their parts (一、 （二） 十一月). Numbers outside that range come back in Arabic
 * digits: nothing in a plan needs them, and a document must never fail on them.
 *
 * @example
 * chineseOrdinal(3) //=> '三'
 * chineseOrdinal(10) //=> '十'
 * chineseOrdinal(21) //=> '二十一'
 * chineseOrdinal(120) //=> '120'
 */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  // 十一, not 一十一: the tens digit 1 is not written.
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`;
}
