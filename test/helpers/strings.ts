import fc from 'fast-check';

/** Any string of UTF-16 code units: controls, U+FFFE, unpaired surrogates and all. */
export const anyString = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
/** Strings built from the characters that need care, so that each property meets them often. */
export const trickyString = fc
  .array(
    fc.constantFrom(
      '_x0041_',
      '_x005F_',
      '_x',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      ' ',
      '\u0007',
      '\uFFFE',
      '\uD800',
      '\uDC00',
      '😀',
      '年',
      'a',
      '=',
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
