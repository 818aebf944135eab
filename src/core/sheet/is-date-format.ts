/** Letters that make a format show (part of) a calendar date. */
const DATE_LETTERS = new Set(['y', 'd', 'e', 'g', 'b']);

/** Bare words that look like letters but are no date code. */
const SKIPPED_WORDS = ['general', 'am/pm', 'a/p', 'e+', 'e-'];

/**
 * Whether an Excel number format shows a date, so that a number under it is a
 * date serial and not a plain number. Only the first section (the one for
 * positive numbers, which dates are) is looked at; quoted literals ("年"),
 * backslash-escaped characters, `_x` padding, `*x` fills and bracketed parts
 * ([Red], [$-804], [DBNum1]) are no codes. `m` next to `h` or `s` is minutes.
 *
 * A format that shows only a time (hh:mm, [h]:mm:ss) is *not* a date format:
 * a time says nothing about a month, and its serial is a fraction of a day.
 *
 * @example
 * isDateFormat('yyyy"年"m"月"') //=> true
 * isDateFormat('[DBNum1]m"月"') //=> true
 * isDateFormat('0"月"') //=> false
 * isDateFormat('hh:mm') //=> false
 * isDateFormat(undefined) //=> false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (typeof format !== 'string') return false;
  const codes = formatCodes(format);
  return codes.some((code, i) => {
    if (DATE_LETTERS.has(code.letter)) return true;
    // aaa / aaaa is the weekday in Chinese and Japanese formats.
    if (code.letter === 'a') return code.length >= 3;
    if (code.letter !== 'm') return false;
    if (code.length >= 3) return true;
    return codes[i - 1]?.letter !== 'h' && codes[i + 1]?.letter !== 's';
  });
}

interface Code {
  readonly letter: string;
  readonly length: number;
}

/** The runs of code letters in the first section, in order. */
function formatCodes(format: string): Code[] {
  const lower = format.toLowerCase();
  const codes: Code[] = [];
  let i = 0;
  while (i < lower.length) {
    const ch = lower.charAt(i);
    if (ch === ';') break;
    if (ch === '"') {
      const close = lower.indexOf('"', i + 1);
      i = close < 0 ? lower.length : close + 1;
      continue;
    }
    if (ch === '\\' || ch === '_' || ch === '*') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      const close = lower.indexOf(']', i + 1);
      const inside = lower.slice(i + 1, close < 0 ? lower.length : close);
      // [h], [mm], [ss] are elapsed time: codes that decide what a following m means.
      const letter = inside.charAt(0) === 'm' ? 'minute' : inside.charAt(0);
      if (/^(h+|m+|s+)$/.test(inside)) codes.push({ letter, length: inside.length });
      i = close < 0 ? lower.length : close + 1;
      continue;
    }
    const skipped = SKIPPED_WORDS.find((word) => lower.startsWith(word, i));
    if (skipped) {
      i += skipped.length;
      continue;
    }
    if (ch >= 'a' && ch <= 'z') {
      let end = i + 1;
      while (lower[end] === ch) end++;
      codes.push({ letter: ch, length: end - i });
      i = end;
      continue;
    }
    i++;
  }
  return codes;
}
