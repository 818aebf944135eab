import type { MonthReading, MonthRef } from './month-reading';
import type { MonthToken } from './tokenize-month';

/**
 * One month expression between separators: "2023年3月", "Q1", "上半年", a bare
 * "3" waiting for the 月 at the end of "3-4月", or "15日" that belongs to the
 * month before it.
 */
interface Term {
  /** Calendar months as written; values outside 1–12 make the cell out of range. */
  months: number[];
  /** Written year of the first month. */
  readonly year: number | null;
  /** 次年: one more than the year of the term before. */
  readonly nextYear: boolean;
  /** A day was written ("3月15日", "3.15"): a bare number after it is a day too. */
  readonly day: boolean;
  /** A bare number takes the unit of its neighbours: "1、2季度" is two quarters. */
  readonly unit: 'month' | 'quarter' | 'bare';
}

type Link = 'range' | 'list';

/** A range longer than this (in months) is a long-running task, not a list of months. */
const MAX_RANGE = 60;

/**
 * The months a token list names, joined by ranges (3-5月 → 3,4,5, wrapping
 * past December: 11-1月 → 11,12,1) and lists (3、5月). Years apply to the
 * months after them, and a month written after a later one in the same cell
 * belongs to the next year (2023年11月-1月 → 2023-11, 2023-12, 2024-01);
 * a year written only at the end applies backwards the same way.
 * Null when the tokens name no month or do not fit together.
 *
 * @example
 * readMonthTerms(tokenizeMonth('11-1月')!) //=> { kind: 'months', months: [{ month: 11, year: null }, { month: 12, year: null }, { month: 1, year: null }] }
 */
export function readMonthTerms(tokens: readonly MonthToken[]): MonthReading | null {
  const terms: Term[] = [];
  const links: Link[] = [];
  let pending: Link | null = null;
  let i = 0;
  while (i < tokens.length) {
    const token = itemAt(tokens, i);
    if (token.t === 'range' || token.t === 'list') {
      // A range among several separators wins: "3月 - 4月" or "3,-4" stay ranges.
      if (pending !== 'range') pending = token.t;
      i++;
      continue;
    }
    const read = readTerm(tokens, i, terms[terms.length - 1]);
    if (!read) return null;
    if (terms.length > 0) links.push(pending ?? 'list');
    terms.push(read.term);
    pending = null;
    i = read.next;
  }
  if (terms.length === 0) return null;

  resolveBareNumbers(terms);
  if (terms.some((term) => term.months.some((m) => !(m >= 1 && m <= 12)))) return { kind: 'out_of_range' };

  const refs = termRefs(terms);
  const months: MonthRef[] = [...itemAt(refs, 0)];
  for (let k = 1; k < terms.length; k++) {
    if (links[k - 1] === 'range') {
      const between = monthsBetween(last(months), itemAt(itemAt(refs, k), 0));
      if (between === 'reversed') return null;
      if (between === 'too_long') return { kind: 'year_long' };
      months.push(...between);
    }
    months.push(...itemAt(refs, k));
  }
  return { kind: 'months', months: unique(months) };
}

function readTerm(tokens: readonly MonthToken[], start: number, prev: Term | undefined): { term: Term; next: number } | null {
  const prefix = readYearPrefix(tokens, start);
  if (!prefix) return null;
  const read = readCore(tokens, prefix, prev);
  if (!read) return null;
  let { year, p } = read;
  const core = tokens[prefix.p];
  const trailing = tokens[p];
  if (
    year === null &&
    !prefix.nextYear &&
    trailing?.t === 'num' &&
    trailing.digits === 4 &&
    ['mon', 'quarter', 'span'].includes(core?.t ?? '')
  ) {
    // "Q1 2023", "上半年 2023".
    year = writtenYear(trailing);
    p++;
  }
  return { term: { months: read.months, year, nextYear: prefix.nextYear, day: read.day, unit: read.unit }, next: p };
}

/** A year written before a month ("2023年", "明年", "2023 March"), and where the month begins. */
interface YearPrefix {
  readonly year: number | null;
  readonly nextYear: boolean;
  readonly p: number;
}

/** One term's months as read from its core token(s), the year they settle, and where the term ends. */
interface TermCore {
  readonly months: number[];
  readonly year: number | null;
  readonly day: boolean;
  readonly unit: Term['unit'];
  readonly p: number;
}

function readYearPrefix(tokens: readonly MonthToken[], start: number): YearPrefix | null {
  const is = (k: number, t: MonthToken['t']): boolean => tokens[k]?.t === t;
  const first = tokens[start];
  if (first?.t === 'num' && is(start + 1, 'nian')) {
    const year = writtenYear(first);
    return year === null ? null : { year, nextYear: false, p: start + 2 };
  }
  if (first?.t === 'next_year') return { year: null, nextYear: true, p: start + 1 };
  const p = start + 1;
  if (
    first?.t === 'num' &&
    first.digits === 4 &&
    (is(p, 'mon') || is(p, 'quarter') || is(p, 'span') || (is(p, 'num') && is(p + 1, 'yue')))
  ) {
    return { year: writtenYear(first), nextYear: false, p };
  }
  return { year: null, nextYear: false, p: start };
}

function readCore(tokens: readonly MonthToken[], prefix: YearPrefix, prev: Term | undefined): TermCore | null {
  const { p, year } = prefix;
  const written = year !== null || prefix.nextYear;
  const core = tokens[p];
  switch (core?.t) {
    case 'ymd':
      if (written) return null;
      return { months: [core.month], year: core.year, day: core.day, unit: 'month', p: p + (tokens[p + 1]?.t === 'yue' ? 2 : 1) };
    case 'md':
      return { months: [core.month], year, day: true, unit: 'month', p: p + 1 };
    case 'mon':
      if (core.year !== null && written) return null;
      return { months: [core.month], year: core.year ?? year, day: core.day, unit: 'month', p: p + 1 };
    case 'quarter':
      return { months: quarterMonths(core.value), year, day: false, unit: 'quarter', p: p + 1 };
    case 'span':
      return { months: [...core.months], year, day: false, unit: 'month', p: p + 1 };
    case 'num':
      return readNumber(tokens, core, prefix, prev);
    default:
      return null;
  }
}

/** A term that starts with a number: a month ("3月", "3月15日", "3月15"), a day ("15日", "15 March", the "20" of "3月15-20") or a bare number. */
function readNumber(
  tokens: readonly MonthToken[],
  core: MonthToken & { t: 'num' },
  prefix: YearPrefix,
  prev: Term | undefined,
): TermCore | null {
  const is = (k: number, t: MonthToken['t']): boolean => tokens[k]?.t === t;
  const { p, year } = prefix;
  const written = year !== null || prefix.nextYear;
  const next = tokens[p + 1];
  if (next?.t === 'yue') {
    const after = tokens[p + 2];
    if (after?.t === 'num' && is(p + 3, 'ri')) return { months: [core.value], year, day: true, unit: 'month', p: p + 4 };
    // "3月15" without 日.
    if (after?.t === 'num' && after.digits <= 2 && !is(p + 3, 'yue') && !is(p + 3, 'nian')) {
      return { months: [core.value], year, day: true, unit: 'month', p: p + 3 };
    }
    return { months: [core.value], year, day: false, unit: 'month', p: p + 2 };
  }
  if (next?.t === 'ri') {
    // "15日" after "3月1日-": the day of the month before.
    if (!prev || written) return null;
    return { months: [last(prev.months)], year, day: true, unit: 'month', p: p + 2 };
  }
  if (next?.t === 'mon' && core.digits <= 2 && core.value >= 1 && core.value <= 31) {
    // "15 March": day before the month.
    if (next.year !== null && written) return null;
    return { months: [next.month], year: next.year ?? year, day: true, unit: 'month', p: p + 2 };
  }
  if (core.digits > 2) return null;
  if (prev?.day && !written && core.value >= 1 && core.value <= 31) {
    // "3月15-20", "March 1-15": the second number is a day of the same month.
    return { months: [last(prev.months)], year, day: true, unit: 'month', p: p + 1 };
  }
  return { months: [core.value], year, day: false, unit: 'bare', p: p + 1 };
}

function writtenYear(token: MonthToken & { t: 'num' }): number | null {
  if (token.digits === 4 && token.value >= 1000) return token.value;
  // Two-digit years are this century's: a plan's "23年" is 2023.
  if (token.digits === 2) return 2000 + token.value;
  return null;
}

function quarterMonths(quarter: number): number[] {
  return quarter >= 1 && quarter <= 4 ? [quarter * 3 - 2, quarter * 3 - 1, quarter * 3] : [0];
}

/** A bare number is a month or a quarter as its nearest neighbour with a unit says ("3-4月", "1、2季度"). */
function resolveBareNumbers(terms: Term[]): void {
  const unitAfter: Term['unit'][] = new Array(terms.length);
  let after: Term['unit'] = 'bare';
  for (let k = terms.length - 1; k >= 0; k--) {
    unitAfter[k] = after;
    const unit = itemAt(terms, k).unit;
    if (unit !== 'bare') after = unit;
  }
  let before: Term['unit'] = 'bare';
  terms.forEach((term, k) => {
    if (term.unit !== 'bare') {
      before = term.unit;
      return;
    }
    const unit = unitAfter[k] !== 'bare' ? unitAfter[k] : before;
    if (unit === 'quarter') term.months = quarterMonths(itemAt(term.months, 0));
  });
}

/** Each term's months with years: written, carried forward, or carried back from a later one. */
function termRefs(terms: readonly Term[]): MonthRef[][] {
  const startYears: (number | null)[] = terms.map((t) => t.year);
  for (let k = 1; k < terms.length; k++) {
    if (startYears[k] !== null) continue;
    const prevYear = startYears[k - 1] ?? null;
    if (prevYear === null) continue;
    const [before, term] = [itemAt(terms, k - 1), itemAt(terms, k)];
    const prevLastYear = prevYear + wraps(before.months);
    const prevLast = last(before.months);
    startYears[k] = term.nextYear ? prevLastYear + 1 : itemAt(term.months, 0) < prevLast ? prevLastYear + 1 : prevLastYear;
  }
  for (let k = terms.length - 2; k >= 0; k--) {
    const nextYear = startYears[k + 1] ?? null;
    if (startYears[k] !== null || nextYear === null) continue;
    const [term, next] = [itemAt(terms, k), itemAt(terms, k + 1)];
    const lastYear = next.nextYear || last(term.months) > itemAt(next.months, 0) ? nextYear - 1 : nextYear;
    startYears[k] = lastYear - wraps(term.months);
  }
  return terms.map((term, k) => {
    let year = startYears[k] ?? null;
    return term.months.map((month, j) => {
      if (year !== null && j > 0 && month < itemAt(term.months, j - 1)) year++;
      return { month, year };
    });
  });
}

function monthsBetween(from: MonthRef, to: MonthRef): MonthRef[] | 'reversed' | 'too_long' {
  if (from.year !== null && to.year !== null) {
    const a = from.year * 12 + from.month - 1;
    const b = to.year * 12 + to.month - 1;
    if (b < a) return 'reversed';
    if (b - a > MAX_RANGE) return 'too_long';
    const out: MonthRef[] = [];
    for (let n = a + 1; n < b; n++) out.push({ month: (n % 12) + 1, year: Math.floor(n / 12) });
    return out;
  }
  const out: MonthRef[] = [];
  for (let m = (from.month % 12) + 1; from.month !== to.month && m !== to.month; m = (m % 12) + 1) out.push({ month: m, year: null });
  return out;
}

function wraps(months: readonly number[]): number {
  let count = 0;
  for (let j = 1; j < months.length; j++) if (itemAt(months, j) < itemAt(months, j - 1)) count++;
  return count;
}

function last<T>(items: readonly T[]): T {
  return itemAt(items, items.length - 1);
}

/** The item at `index`: a term's months and the tokens are never empty where this is asked, so a miss is a bug, not data. */
function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item ${index} among ${items.length}`);
  return item;
}

function unique(refs: readonly MonthRef[]): MonthRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.month}/${ref.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
