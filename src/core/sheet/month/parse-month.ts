import { cleanMonthText, splitNotes } from './clean-month-text';
import { ERROR_TEXT, EVERY_MONTH, LUNAR, PLACEHOLDER, UNDECIDED, YEAR_LONG } from './month-words';
import { readMonthTerms } from './read-month-terms';
import { tokenizeMonth } from './tokenize-month';
import { serialToDate } from '../excel-date';
import { isDateFormat } from '../is-date-format';
import type { CellValue } from '../grid';
import type { MonthReading } from './month-reading';

const EMPTY: MonthReading = Object.freeze({ kind: 'empty' });
const UNKNOWN: MonthReading = Object.freeze({ kind: 'unknown' });

/**
 * What a month cell says, before the plan period is applied. Never throws:
 * whatever is not understood is `unknown`.
 *
 * - Numbers under a date format (see `isDateFormat`) are Excel date serials:
 *   the month and year of that date. Other whole numbers 1–12 are months;
 *   other whole numbers below 100 in size (0, 13, -1) are `out_of_range`;
 *   larger ones (2023, 45000) are `unknown`. A fraction is read as the text
 *   Excel shows for it: 3.15 is March 15 (M.D, day 1–31), 2023.3 is March 2023.
 * - Text: Chinese, Arabic and full-width numerals, English names, quarters,
 *   halves, seasons, school holidays, fixed-date public holidays, ranges
 *   (wrapping past December), lists, and years (4 digits, 二〇二三, or two
 *   digits meaning 20xx). Notes in brackets are ignored when the rest names
 *   a month ("3月(暂定)" is March); a cell that is all note is read from it.
 *   Text is read as a whole or not at all: "三月 开会" is `unknown`.
 * - Years: a month written after a later one belongs to the next year, in
 *   ranges and lists alike (2023年11月-1月 ends in January 2024); a range
 *   running backwards is `unknown`, one over more than five years `year_long`.
 * - Lunar months and lunar holidays are `lunar` whatever else the cell says
 *   (元月 included: lunar by tradition, January by habit; a warning beats a guess).
 * - Text that names no month falls back to its words: undecided (待定, TBD),
 *   every month (每月, weekly), year-long (全年, 长期, 每季度) in that order.
 * - Error values, as errors or as their text (#N/A), are `error_value`;
 *   blank text and placeholders (-, —, /, 无, N/A) are `empty`; booleans are `unknown`.
 *
 * @example
 * parseMonth('3-4月') //=> { kind: 'months', months: [{ month: 3, year: null }, { month: 4, year: null }] }
 * parseMonth('二〇二三年十一月') //=> { kind: 'months', months: [{ month: 11, year: 2023 }] }
 * parseMonth(45000, 'yyyy/m/d') //=> { kind: 'months', months: [{ month: 3, year: 2023 }] }
 * parseMonth('每月') //=> { kind: 'every_month' }
 * parseMonth('腊月') //=> { kind: 'lunar' }
 * parseMonth('13月') //=> { kind: 'out_of_range' }
 * parseMonth({ error: '#N/A' }) //=> { kind: 'error_value' }
 */
export function parseMonth(value: CellValue, format?: string): MonthReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return readTextCached(value);
  if (typeof value === 'number') return isDateFormat(format) ? readSerial(value) : readNumber(value);
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') return { kind: 'error_value' };
  return UNKNOWN;
}

/**
 * A month column repeats a handful of texts over thousands of rows, and
 * reading one takes microseconds, so the last readings are remembered. They
 * are frozen: every caller gets the same object.
 */
const CACHE_SIZE = 1024;
const cache = new Map<string, MonthReading>();

function readTextCached(text: string): MonthReading {
  const known = cache.get(text);
  if (known) return known;
  const reading = deepFreeze(readText(text));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, reading);
  return reading;
}

function deepFreeze(reading: MonthReading): MonthReading {
  if (reading.kind === 'months') {
    for (const ref of reading.months) Object.freeze(ref);
    Object.freeze(reading.months);
  }
  return Object.freeze(reading);
}

function readSerial(serial: number): MonthReading {
  const date = serialToDate(serial);
  return date ? { kind: 'months', months: [{ month: date.month, year: date.year }] } : UNKNOWN;
}

function readNumber(n: number): MonthReading {
  if (!Number.isFinite(n)) return UNKNOWN;
  if (Number.isInteger(n)) {
    if (n >= 1 && n <= 12) return { kind: 'months', months: [{ month: n, year: null }] };
    return Math.abs(n) < 100 ? { kind: 'out_of_range' } : UNKNOWN;
  }
  if (n < 0) return UNKNOWN;
  const reading = readText(String(n));
  return reading.kind === 'months' || reading.kind === 'out_of_range' ? reading : UNKNOWN;
}

function readText(raw: string): MonthReading {
  const text = cleanMonthText(raw);
  if (text === '') return EMPTY;
  if (ERROR_TEXT.test(text)) return { kind: 'error_value' };
  if (/^\?+$/.test(text)) return { kind: 'undecided' };
  if (PLACEHOLDER.test(text)) return EMPTY;
  const { main, notes } = splitNotes(text);
  if (main !== '') return readBody(main);
  return notes === '' ? EMPTY : readBody(notes);
}

function readBody(body: string): MonthReading {
  if (LUNAR.test(body)) return { kind: 'lunar' };
  const tokens = tokenizeMonth(body);
  const reading = tokens && readMonthTerms(tokens);
  if (reading) return reading;
  if (UNDECIDED.test(body)) return { kind: 'undecided' };
  if (EVERY_MONTH.test(body)) return { kind: 'every_month' };
  if (YEAR_LONG.test(body)) return { kind: 'year_long' };
  return UNKNOWN;
}
