import { chineseNumber } from './chinese-number';
import { ENGLISH_MONTHS, MONTH_SPANS } from './month-words';

/** One meaningful piece of a month cell's text. */
export type MonthToken =
  /** A number; `digits` tells a year (4, or 2 before 年) from a month. */
  | { readonly t: 'num'; readonly value: number; readonly digits: number }
  | { readonly t: 'yue' }
  | { readonly t: 'nian' }
  /** 日 or 号 after a day number. */
  | { readonly t: 'ri' }
  /** A numeric date with a year: 2023-03, 2023/3/15, 2023.3, 3/15/2023, 12/2023. */
  | { readonly t: 'ymd'; readonly year: number; readonly month: number; readonly day: boolean }
  /** A numeric date without a year: 3.15, 3/15. */
  | { readonly t: 'md'; readonly month: number }
  /** An English month name, with the day and year written next to it. */
  | { readonly t: 'mon'; readonly month: number; readonly year: number | null; readonly day: boolean }
  | { readonly t: 'quarter'; readonly value: number }
  | { readonly t: 'span'; readonly months: readonly number[] }
  /** 次年, 翌年, 明年: the year after the one before. */
  | { readonly t: 'next_year' }
  | { readonly t: 'range' }
  | { readonly t: 'list' };

/** A pattern, what it makes, and which first characters it can start with (checked first: most rules cannot match here). */
type Rule = readonly [RegExp, (m: RegExpExecArray, rest: string) => readonly MonthToken[] | null, RegExp?];

const CN = '〇零一二三四五六七八九十';
const RANGE_CHARS = '\\-~〜\\u2010-\\u2015\\u2212\\u2e3a\\u2e3b\\u30fc\\ufe58\\ufe63\\uff0d';
const monthNames = ENGLISH_MONTHS.flatMap((names, i) => names.map((name) => ({ name, month: i + 1 }))).sort(
  (a, b) => b.name.length - a.name.length,
);
const monthOfName = new Map(monthNames.map(({ name, month }) => [name, month]));

const WORD_END = '(?![a-z])';
const MONTH_INITIAL = new RegExp(`[${[...new Set(monthNames.map((n) => n.name[0]))].join('')}]`);
const MONTH_NAME = `(${monthNames.map((n) => n.name).join('|')})\\.?${WORD_END}`;
/** Words that add nothing to which month: qualifiers, verbs, "about", "every month" (a list of months then says which). */
const FLUFF = [
  '第\\s*[\\d' + CN + ']+(?:\\s*[-~至到、,]\\s*[\\d' + CN + ']+)*\\s*周',
  '(?:星期|周|礼拜)[一二三四五六日天]',
  '每(?:个|一个)?月(?:[\\d一二两三四五六七八九十]+次)?',
  '第(?=\\s*[\\d' + CN + '])',
  '中下旬|上中旬|[上中下]旬',
  '左右|前后|期间|之间|[之以]?内|间|当月|全月|整月|上午|下午|晚上',
  '大约|大概|约|预计|计划|拟于|拟定|拟|定于|初定|暂定|待定|未定|截止|截至|至迟|于|在|从|自',
  '进行|开展|举行|举办|召开|完成|活动',
  '今年度?|本年度?|当年度?|this year',
  `(?:early|mid|late|end|beginning|start|of|the|in|on|around|about|approx\\.?|approximately|circa|ca\\.|from|between|during|by|month|tentative(?:ly)?|tb[dac]|monthly|every month|each month)${WORD_END}`,
].join('|');

const DIGIT = /\d/;
const NOT_DIGIT = /\D/;
/** All of MONTH_SPANS in one pattern; the named group that matched (s0, s1 …) says which. */
const SPANS = new RegExp(MONTH_SPANS.map(({ pattern }, i) => `(?<s${i}>${pattern})`).join('|'), 'y');

const RULES: readonly Rule[] = [
  [/\s+/y, () => [], /\s/],
  [
    /(\d{4})\s*([-/.])\s*(\d{1,2})(?!\d)(?:\s*\2\s*(\d{1,2})(?![\d月]))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/y,
    (m) => [{ t: 'ymd', year: Number(m[1]), month: Number(m[3]), day: m[4] !== undefined }],
    DIGIT,
  ],
  [/(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/y, (m) => monthDayYear(Number(m[1]), Number(m[2]), m[3] ?? ''), DIGIT],
  [/(\d{1,2})\s*([-/.])\s*(\d{4})(?![\d年])/y, (m) => [{ t: 'ymd', year: Number(m[3]), month: Number(m[1]), day: false }], DIGIT],
  [/(\d{1,2})\s*[./]\s*(\d{1,2})(?!\s*[\d月./])/y, (m) => monthDay(Number(m[1]), Number(m[2])), DIGIT],
  // 季 alone needs 第 (第一季): 四季 is "the four seasons", not the fourth quarter.
  [
    new RegExp(`第?\\s*(\\d{1,2}|[${CN}]{1,3})\\s*季度|第\\s*(\\d{1,2}|[${CN}]{1,3})\\s*季(?!节)`, 'y'),
    (m) => quarter(m[1] ?? m[2] ?? ''),
    new RegExp(`[第\\d${CN}]`),
  ],
  [/quarter\s*(\d{1,2})(?!\d)|(\d)(?:st|nd|rd|th)?\s*quarter|q\s*(\d{1,2})(?!\d)/y, (m) => quarter(m[1] ?? m[2] ?? m[3] ?? ''), /[q\d]/],
  [
    /(first|second|third|fourth) quarter/y,
    (m) => [{ t: 'quarter', value: ['first', 'second', 'third', 'fourth'].indexOf(m[1] ?? '') + 1 }],
    /[fst]/,
  ],
  [
    SPANS,
    (m) => [
      {
        t: 'span',
        months:
          MONTH_SPANS[
            Number(
              Object.keys(m.groups!)
                .find((k) => m.groups![k] !== undefined)!
                .slice(1),
            )
          ]?.months ?? [],
      },
    ],
    NOT_DIGIT,
  ],
  [/次年度?|翌年度?|明年度?|来年|第二年|转年|下一?年度?|next year/y, () => [{ t: 'next_year' }], NOT_DIGIT],
  [new RegExp(FLUFF, 'y'), () => [], NOT_DIGIT],
  [new RegExp(`[${CN}]+`, 'y'), (m, rest) => chineseNumerals(m[0], rest), new RegExp(`[${CN}]`)],
  [/(\d+)(?:(?:st|nd|rd|th)(?![a-z]))?/y, (m) => [{ t: 'num', value: Number(m[1]), digits: (m[1] ?? '').length }], DIGIT],
  [/月份?(?:(?:初|中下旬|上中旬|[上中下]旬|中|底|末)(?:前|之前|以前)?)?/y, () => [{ t: 'yue' }], /月/],
  [/年度?/y, () => [{ t: 'nian' }], /年/],
  [/[日号](?:前|之前|以前)?/y, () => [{ t: 'ri' }], /[日号]/],
  [
    // "March 15", "Mar. 15th, 2023": a day, then maybe a four-digit year.
    new RegExp(`${MONTH_NAME}[\\s.]*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:[\\s,]*(\\d{4})(?!\\d))?`, 'y'),
    (m) => [{ t: 'mon', month: monthOfName.get(m[1] ?? '')!, year: m[3] ? Number(m[3]) : null, day: true }],
    MONTH_INITIAL,
  ],
  [
    // "March 2023", "Mar-2023", "Mar-23" (Excel's mmm-yy), "Mar '23".
    new RegExp(`${MONTH_NAME}(?:[\\s,\\-/']*(\\d{4})(?!\\d)|[-/'\\s]\\s*'?(\\d{2})(?!\\d))?`, 'y'),
    (m) => [{ t: 'mon', month: monthOfName.get(m[1] ?? '')!, year: m[2] ? Number(m[2]) : m[3] ? 2000 + Number(m[3]) : null, day: false }],
    MONTH_INITIAL,
  ],
  [new RegExp(`(?:[${RANGE_CHARS}]|至|到|(?:to|through|thru|till|until)${WORD_END})+`, 'y'), () => [{ t: 'range' }]],
  [new RegExp(`以及|[、,;&+/和与及或跟]|(?:and|or)${WORD_END}`, 'y'), () => [{ t: 'list' }]],
];

/**
 * The tokens of a cleaned month text (see `cleanMonthText`), or null as soon
 * as something is not understood: a month cell either reads as a whole or
 * not at all, so that "3月 开会" never passes as March by ignoring half of it.
 *
 * @example
 * tokenizeMonth('3-4月') //=> [{ t: 'num', value: 3, digits: 1 }, { t: 'range' }, { t: 'num', value: 4, digits: 1 }, { t: 'yue' }]
 */
export function tokenizeMonth(text: string): MonthToken[] | null {
  const tokens: MonthToken[] = [];
  let at = 0;
  outer: while (at < text.length) {
    const ch = text.charAt(at);
    for (const [pattern, make, starts] of RULES) {
      if (starts && !starts.test(ch)) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m || m[0] === '') continue;
      const made = make(m, text.slice(at + m[0].length, at + m[0].length + 1));
      if (!made) continue;
      tokens.push(...made);
      at += m[0].length;
      continue outer;
    }
    return null;
  }
  return tokens;
}

function monthDayYear(first: number, second: number, year: string): MonthToken[] | null {
  // Month first as in Excel's en-US reading, unless the first number cannot be a month.
  const month = first >= 1 && first <= 12 ? first : second;
  if (month < 1 || month > 12) return null;
  return [{ t: 'ymd', year: year.length === 2 ? 2000 + Number(year) : Number(year), month, day: true }];
}

/** 3.15 and 3/15 are month and day; anything else (2.75, 3.40) is not a date and not read here. */
function monthDay(month: number, day: number): MonthToken[] | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [{ t: 'md', month }] : null;
}

function quarter(written: string): MonthToken[] | null {
  const n = /^\d+$/.test(written) ? { value: Number(written) } : chineseNumber(written);
  return n ? [{ t: 'quarter', value: n.value }] : null;
}

/** Two consecutive months written together: 三四月, 七八月, 九十月, 十一二月. */
const PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一二: [1, 2],
  二三: [2, 3],
  三四: [3, 4],
  四五: [4, 5],
  五六: [5, 6],
  六七: [6, 7],
  七八: [7, 8],
  八九: [8, 9],
  九十: [9, 10],
  十一二: [11, 12],
};

function chineseNumerals(run: string, next: string): MonthToken[] | null {
  const pair = next === '月' ? PAIRS[run] : undefined;
  if (pair) {
    return [{ t: 'num', value: pair[0], digits: 1 }, { t: 'list' }, { t: 'num', value: pair[1], digits: String(pair[1]).length }];
  }
  const n = chineseNumber(run);
  return n ? [{ t: 'num', value: n.value, digits: n.digits }] : null;
}
