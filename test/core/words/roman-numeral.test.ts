import { romanNumeral } from '../../../src/core/words/roman-numeral';

describe('romanNumeral', () => {
  it('writes section numbers in Roman numerals, with subtractive pairs', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 90, 400, 1994, 3999].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MCMXCIV',
      'MMMCMXCIX',
    ]);
  });

  it('falls back to Arabic digits outside 1–3999', () => {
    expect([0, 4000, 1.5].map(romanNumeral)).toEqual(['0', '4000', '1.5']);
  });
});
