const STEPS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A whole number from 1 to 3999 in Roman numerals, for the sections of an
 * English document (I. II. …). Other numbers come back in Arabic digits.
 *
 * @example
 * romanNumeral(4) //=> 'IV'
 * romanNumeral(14) //=> 'XIV'
 * romanNumeral(0) //=> '0'
 */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of STEPS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
