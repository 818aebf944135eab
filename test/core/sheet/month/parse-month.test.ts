import fc from 'fast-check';
import { dateToSerial } from '../../../../src/core/sheet/excel-date';
import { parseMonth } from '../../../../src/core/sheet/month/parse-month';
import type { CellValue } from '../../../../src/core/sheet/grid';
import type { MonthReading } from '../../../../src/core/sheet/month/month-reading';

/** Months without a year, in the order given. */
function months(...list: number[]): MonthReading {
  return { kind: 'months', months: list.map((month) => ({ month, year: null })) };
}

/** Months with years, as [year, month] pairs. */
function dated(...list: [number, number][]): MonthReading {
  return { kind: 'months', months: list.map(([year, month]) => ({ month, year })) };
}

const EMPTY: MonthReading = { kind: 'empty' };
const UNKNOWN: MonthReading = { kind: 'unknown' };
const OUT_OF_RANGE: MonthReading = { kind: 'out_of_range' };
const ERROR_VALUE: MonthReading = { kind: 'error_value' };
const EVERY_MONTH: MonthReading = { kind: 'every_month' };
const YEAR_LONG: MonthReading = { kind: 'year_long' };
const UNDECIDED: MonthReading = { kind: 'undecided' };
const LUNAR: MonthReading = { kind: 'lunar' };

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ENGLISH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const fullWidth = (text: string): string => text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);

/** The months from a to b in calendar order, wrapping past December: the model ranges are checked against. */
function wrappedRange(a: number, b: number): number[] {
  const out = [a];
  for (let m = a; m !== b;) {
    m = (m % 12) + 1;
    out.push(m);
  }
  return out;
}

const KINDS = ['empty', 'months', 'every_month', 'year_long', 'undecided', 'lunar', 'out_of_range', 'error_value', 'unknown'];

describe('parseMonth: Chinese month names and numbers', () => {
  it.each<[string, MonthReading]>([
    ['一月', months(1)],
    ['二月', months(2)],
    ['九月', months(9)],
    ['十月', months(10)],
    ['十一月', months(11)],
    ['十二月', months(12)],
    ['十一月份', months(11)],
    ['十二月份', months(12)],
    ['〇三月', months(3)],
    ['1月', months(1)],
    ['01月', months(1)],
    ['12月', months(12)],
    ['1月份', months(1)],
    ['3 月', months(3)],
    ['3月上旬', months(3)],
    ['3月中旬', months(3)],
    ['3月下旬', months(3)],
    ['3月中下旬', months(3)],
    ['3月初', months(3)],
    ['3月底', months(3)],
    ['3月末', months(3)],
    ['3月中', months(3)],
    ['3月底前', months(3)],
    ['3月份左右', months(3)],
    ['3月15日', months(3)],
    ['3月15号', months(3)],
    ['3月15', months(3)],
    ['3月十五日', months(3)],
    ['3月15日下午', months(3)],
    ['3月15日前', months(3)],
    ['3月第2周', months(3)],
    ['3月第一周', months(3)],
    ['约3月', months(3)],
    ['预计3月中旬', months(3)],
    ['计划3月完成', months(3)],
    ['3月待定', months(3)],
    ['学雷锋月', months(3)],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: M.D, the ambiguous shorthand', () => {
  // Decision: "M.D" with M 1–12 and D 1–31 is a day in month M (3.15 is 消费者权益日),
  // the way Chinese plans write dates. Anything else with a dot is not read.
  it.each<[string, MonthReading]>([
    ['3.15', months(3)],
    ['3.5', months(3)],
    ['12.31', months(12)],
    ['3/15', months(3)],
    ['3.1-3.15', months(3)],
    ['3.15-4.10', months(3, 4)],
    ['3.32', UNKNOWN],
    ['13.5', UNKNOWN],
    ['2.75', UNKNOWN],
    ['0.5', UNKNOWN],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: years', () => {
  it.each<[string, MonthReading]>([
    ['2023年3月', dated([2023, 3])],
    ['二〇二三年三月', dated([2023, 3])],
    ['二零二三年三月', dated([2023, 3])],
    ['二零二三年十二月', dated([2023, 12])],
    ['2023年度3月', dated([2023, 3])],
    ['23年3月', dated([2023, 3])],
    ['二三年三月', dated([2023, 3])],
    ['2023-03', dated([2023, 3])],
    ['2023-3', dated([2023, 3])],
    ['2023/3/15', dated([2023, 3])],
    ['2023/03/15', dated([2023, 3])],
    ['2023.3', dated([2023, 3])],
    ['2023.3.15', dated([2023, 3])],
    ['2023-03-15 00:00:00', dated([2023, 3])],
    ['2023年3月15日', dated([2023, 3])],
    ['3/15/2023', dated([2023, 3])],
    ['15/3/2023', dated([2023, 3])],
    ['12/2023', dated([2023, 12])],
    ['2023 3月', dated([2023, 3])],
    ['2023.13', OUT_OF_RANGE],
    ['2023年13月', OUT_OF_RANGE],
    ['2023年', UNKNOWN],
    ['23年', UNKNOWN],
    ['2023', UNKNOWN],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: English', () => {
  it.each<[string, MonthReading]>([
    ['January', months(1)],
    ['january', months(1)],
    ['JANUARY', months(1)],
    ['Jan', months(1)],
    ['Feb.', months(2)],
    ['MARCH', months(3)],
    ['Sept', months(9)],
    ['Sept.', months(9)],
    ['Sep.', months(9)],
    ['Nov.', months(11)],
    ['March 2023', dated([2023, 3])],
    ['Mar-2023', dated([2023, 3])],
    ['Mar-23', dated([2023, 3])],
    ["Mar '23", dated([2023, 3])],
    ['Sept 2023', dated([2023, 9])],
    ['March 15', months(3)],
    ['Mar 23', months(3)],
    ['sept. 15', months(9)],
    ['March 15, 2023', dated([2023, 3])],
    ['15 March 2023', dated([2023, 3])],
    ['15th of March', months(3)],
    ['March 15-20', months(3)],
    ['mid-March', months(3)],
    ['early March', months(3)],
    ['end of March', months(3)],
    ['Maybe', UNKNOWN],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: ranges and lists', () => {
  it.each<[string, MonthReading]>([
    ['3-4月', months(3, 4)],
    ['3～4月', months(3, 4)],
    ['3~4月', months(3, 4)],
    ['3〜4月', months(3, 4)],
    ['3—4月', months(3, 4)],
    ['3——4月', months(3, 4)],
    ['3–4月', months(3, 4)],
    ['3−4月', months(3, 4)],
    ['3 - 4 月', months(3, 4)],
    ['3至4月', months(3, 4)],
    ['3月至4月', months(3, 4)],
    ['3月到4月', months(3, 4)],
    ['3月-4月', months(3, 4)],
    ['3月份至4月份', months(3, 4)],
    ['3-5月', months(3, 4, 5)],
    ['1-12月', months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)],
    ['10-12月份', months(10, 11, 12)],
    ['三至五月', months(3, 4, 5)],
    ['三到五月', months(3, 4, 5)],
    ['3、4月', months(3, 4)],
    ['3,4月', months(3, 4)],
    ['3，4月', months(3, 4)],
    ['3月、4月', months(3, 4)],
    ['3月和4月', months(3, 4)],
    ['3月或4月', months(3, 4)],
    ['3/4月', months(3, 4)],
    ['3月 4月', months(3, 4)],
    ['十月、十一月', months(10, 11)],
    ['3、5、4月', months(3, 5, 4)],
    ['3、3月', months(3)],
    ['3-4、6月', months(3, 4, 6)],
    ['三四月', months(3, 4)],
    ['七八月', months(7, 8)],
    ['九十月', months(9, 10)],
    ['十一二月', months(11, 12)],
    ['3-4', months(3, 4)],
    ['3、4', months(3, 4)],
    ['11月至次年1月', months(11, 12, 1)],
    ['11-1月', months(11, 12, 1)],
    ['9月-次年6月', months(9, 10, 11, 12, 1, 2, 3, 4, 5, 6)],
    ['4-3月', months(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)],
    ['3-3月', months(3)],
    ['3月1日-15日', months(3)],
    ['3月1日-3月5日', months(3)],
    ['3月15日至4月2日', months(3, 4)],
    ['3月15-20', months(3)],
    ['3月-', months(3)],
    ['- 3月', months(3)],
    ['Jun-Jul', months(6, 7)],
    ['June–August', months(6, 7, 8)],
    ['Dec-Jan', months(12, 1)],
    ['Jan/Feb', months(1, 2)],
    ['Jan & Feb', months(1, 2)],
    ['Jan and Feb', months(1, 2)],
    ['jan to mar', months(1, 2, 3)],
    ['from Jan to Mar', months(1, 2, 3)],
    ['2023年3月—4月', dated([2023, 3], [2023, 4])],
    ['2023年3-4月', dated([2023, 3], [2023, 4])],
    ['2023年10-12月份', dated([2023, 10], [2023, 11], [2023, 12])],
    ['2023年11月-2024年1月', dated([2023, 11], [2023, 12], [2024, 1])],
    ['2023年11月-1月', dated([2023, 11], [2023, 12], [2024, 1])],
    ['2023年11月至次年1月', dated([2023, 11], [2023, 12], [2024, 1])],
    ['2023年12月至2024年2月', dated([2023, 12], [2024, 1], [2024, 2])],
    ['11月至2024年1月', dated([2023, 11], [2023, 12], [2024, 1])],
    ['11-2024年1月', dated([2023, 11], [2023, 12], [2024, 1])],
    ['2023年3月15日-4月10日', dated([2023, 3], [2023, 4])],
    ['2023.3-5', dated([2023, 3], [2023, 4], [2023, 5])],
    ['2023-3-4月', dated([2023, 3], [2023, 4])],
    ['Nov 2023 - Jan 2024', dated([2023, 11], [2023, 12], [2024, 1])],
    ['Nov-Jan 2024', dated([2023, 11], [2023, 12], [2024, 1])],
    ['December 2023 – February 2024', dated([2023, 12], [2024, 1], [2024, 2])],
    // Decision: in a list, too, a month written after a later one is in the next year.
    ['2023年11月、1月', dated([2023, 11], [2024, 1])],
    ['2023年3月、2023年3月', dated([2023, 3])],
    // A range over more than five years is a long-running task.
    ['2020年1月-2030年12月', YEAR_LONG],
    ['2024年1月-2023年11月', UNKNOWN],
    ['3-15', OUT_OF_RANGE],
    ['3-13月', OUT_OF_RANGE],
    ['3、13月', OUT_OF_RANGE],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: quarters, halves, seasons, holidays', () => {
  it.each<[string, MonthReading]>([
    ['第一季度', months(1, 2, 3)],
    ['一季度', months(1, 2, 3)],
    ['1季度', months(1, 2, 3)],
    ['第二季度', months(4, 5, 6)],
    ['第三季度', months(7, 8, 9)],
    ['第四季度', months(10, 11, 12)],
    ['第一季', months(1, 2, 3)],
    ['Q1', months(1, 2, 3)],
    ['q3', months(7, 8, 9)],
    ['Q 4', months(10, 11, 12)],
    ['1st quarter', months(1, 2, 3)],
    ['third quarter', months(7, 8, 9)],
    ['Q1-Q2', months(1, 2, 3, 4, 5, 6)],
    ['1-2季度', months(1, 2, 3, 4, 5, 6)],
    ['一、二季度', months(1, 2, 3, 4, 5, 6)],
    ['一至三季度', months(1, 2, 3, 4, 5, 6, 7, 8, 9)],
    ['2023年第一季度', dated([2023, 1], [2023, 2], [2023, 3])],
    ['Q1 2023', dated([2023, 1], [2023, 2], [2023, 3])],
    ['第五季度', OUT_OF_RANGE],
    ['Q0', OUT_OF_RANGE],
    ['四季', UNKNOWN],
    ['上半年', months(1, 2, 3, 4, 5, 6)],
    ['下半年', months(7, 8, 9, 10, 11, 12)],
    ['下半年度', months(7, 8, 9, 10, 11, 12)],
    ['H1', months(1, 2, 3, 4, 5, 6)],
    ['second half', months(7, 8, 9, 10, 11, 12)],
    ['2023年上半年', dated([2023, 1], [2023, 2], [2023, 3], [2023, 4], [2023, 5], [2023, 6])],
    // Decisions: school holidays and meteorological seasons.
    ['寒假', months(1, 2)],
    ['暑假', months(7, 8)],
    ['暑假期间', months(7, 8)],
    ['暑期', months(7, 8)],
    ['春季', months(3, 4, 5)],
    ['秋季', months(9, 10, 11)],
    ['冬季', months(12, 1, 2)],
    ['2023年冬季', dated([2023, 12], [2024, 1], [2024, 2])],
    ['年初', months(1)],
    ['年底', months(12)],
    ['元旦', months(1)],
    ['三八', months(3)],
    ['三八妇女节', months(3)],
    ['五一前后', months(5)],
    ['国庆节期间', months(10)],
    ['教师节', months(9)],
    ['学期初', UNKNOWN],
    ['春季学期', UNKNOWN],
    ['年中', UNKNOWN],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: words for no month of its own', () => {
  it.each<[string, MonthReading]>([
    ['每月', EVERY_MONTH],
    ['每个月', EVERY_MONTH],
    ['每月一次', EVERY_MONTH],
    ['每月15日', EVERY_MONTH],
    ['按月', EVERY_MONTH],
    ['逐月', EVERY_MONTH],
    ['每周', EVERY_MONTH],
    ['每周一', EVERY_MONTH],
    ['每天', EVERY_MONTH],
    ['3月起每月', EVERY_MONTH],
    ['monthly', EVERY_MONTH],
    ['Monthly', EVERY_MONTH],
    ['every month', EVERY_MONTH],
    ['weekly', EVERY_MONTH],
    // Every month, but only of the months written.
    ['3-6月每月一次', months(3, 4, 5, 6)],
    ['全年', YEAR_LONG],
    ['全年度', YEAR_LONG],
    ['长期', YEAR_LONG],
    ['常年', YEAR_LONG],
    ['日常', YEAR_LONG],
    ['全学年', YEAR_LONG],
    ['2023年全年', YEAR_LONG],
    ['全年（1-12月）', YEAR_LONG],
    ['长期坚持', YEAR_LONG],
    ['每季度', YEAR_LONG],
    ['每学期一次', YEAR_LONG],
    ['不定期', YEAR_LONG],
    ['year-round', YEAR_LONG],
    ['Year round', YEAR_LONG],
    ['ongoing', YEAR_LONG],
    ['待定', UNDECIDED],
    ['未定', UNDECIDED],
    ['另定', UNDECIDED],
    ['另行通知', UNDECIDED],
    ['另行安排', UNDECIDED],
    ['待通知', UNDECIDED],
    ['视情况而定', UNDECIDED],
    ['根据上级安排', UNDECIDED],
    ['暂定', UNDECIDED],
    ['TBD', UNDECIDED],
    ['TBA', UNDECIDED],
    ['tbc', UNDECIDED],
    ['to be decided', UNDECIDED],
    ['?', UNDECIDED],
    ['？', UNDECIDED],
    ['（待定）', UNDECIDED],
    ['待定(3月)', UNDECIDED],
    ['全年待定', UNDECIDED],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: lunar months, out of range, errors, blanks', () => {
  it.each<[CellValue, MonthReading]>([
    ['正月', LUNAR],
    ['腊月', LUNAR],
    ['冬月', LUNAR],
    ['元月', LUNAR],
    ['农历三月', LUNAR],
    ['阴历八月', LUNAR],
    ['农历8月15日', LUNAR],
    ['闰二月', LUNAR],
    ['春节', LUNAR],
    ['春节前后', LUNAR],
    ['元旦、春节', LUNAR],
    ['中秋节', LUNAR],
    ['端午', LUNAR],
    ['重阳节', LUNAR],
    ['1月(农历腊月)', months(1)],
    ['十三月', OUT_OF_RANGE],
    ['0月', OUT_OF_RANGE],
    ['00月', OUT_OF_RANGE],
    ['13月', OUT_OF_RANGE],
    ['13', OUT_OF_RANGE],
    ['0', OUT_OF_RANGE],
    ['十三', OUT_OF_RANGE],
    [{ error: '#N/A' }, ERROR_VALUE],
    [{ error: '#REF!' }, ERROR_VALUE],
    [{ error: '#VALUE!' }, ERROR_VALUE],
    ['#N/A', ERROR_VALUE],
    ['#REF!', ERROR_VALUE],
    ['#VALUE!', ERROR_VALUE],
    ['#DIV/0!', ERROR_VALUE],
    ['#NAME?', ERROR_VALUE],
    ['#NULL!', ERROR_VALUE],
    ['#NUM!', ERROR_VALUE],
    ['#SPILL!', ERROR_VALUE],
    [' #N/A ', ERROR_VALUE],
    ['#N/A3月', UNKNOWN],
    [null, EMPTY],
    ['', EMPTY],
    ['   ', EMPTY],
    ['\u3000\u3000', EMPTY],
    ['\t\n', EMPTY],
    ['\u200b', EMPTY],
    ['()', EMPTY],
    // Placeholders that say "nothing here".
    ['-', EMPTY],
    ['—', EMPTY],
    ['/', EMPTY],
    ['无', EMPTY],
    ['N/A', EMPTY],
    [true, UNKNOWN],
    [false, UNKNOWN],
    ['三月 开会', UNKNOWN],
    ['元旦活动筹备', UNKNOWN],
    ['3月前', UNKNOWN],
    ['第3周', UNKNOWN],
    ['初三', UNKNOWN],
    ['hello', UNKNOWN],
  ])('reads %p', (value, expected) => {
    expect(parseMonth(value)).toEqual(expected);
  });
});

describe('parseMonth: what surrounds a month', () => {
  it.each<[string, MonthReading]>([
    ['１２月', months(12)],
    ['３－４月', months(3, 4)],
    ['２０２３年３月', dated([2023, 3])],
    ['Ｑ１', months(1, 2, 3)],
    ['\u30003月\u3000', months(3)],
    ['  3月  ', months(3)],
    ['3月。', months(3)],
    ['3月.', months(3)],
    ['3月；', months(3)],
    ['3月!', months(3)],
    ['3?', months(3)],
    ['3月（暂定）', months(3)],
    ['3月(待定)', months(3)],
    ['3月（第2周）', months(3)],
    ['3月[1]', months(3)],
    ['3月【暂定】', months(3)],
    ['3月（暂定', months(3)],
    ['7、8月（暑假）', months(7, 8)],
    ['（3月）', months(3)],
    ['【3月】', months(3)],
    ['“3月”', months(3)],
    ['"3月"', months(3)],
    ['时间：3月', months(3)],
    ['3\u200b月', months(3)],
  ])('reads %p', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });
});

describe('parseMonth: numbers', () => {
  it.each<[number, string | undefined, MonthReading]>([
    [3, undefined, months(3)],
    [3, 'General', months(3)],
    [12, 'General', months(12)],
    [1, '0', months(1)],
    [3, '0"月"', months(3)],
    [3, '[DBNum1]0"月"', months(3)],
    [3, '@', months(3)],
    [3, 'hh:mm', months(3)],
    [0, undefined, OUT_OF_RANGE],
    [-0, undefined, OUT_OF_RANGE],
    [13, undefined, OUT_OF_RANGE],
    [-1, undefined, OUT_OF_RANGE],
    [99, undefined, OUT_OF_RANGE],
    [100, undefined, UNKNOWN],
    [2023, undefined, UNKNOWN],
    [45000, undefined, UNKNOWN],
    [45000, 'General', UNKNOWN],
    // Fractions are read as Excel shows them: M.D or YYYY.M.
    [3.15, undefined, months(3)],
    [3.5, undefined, months(3)],
    [12.31, undefined, months(12)],
    [2023.3, undefined, dated([2023, 3])],
    [2023.12, undefined, dated([2023, 12])],
    [2023.13, undefined, OUT_OF_RANGE],
    [2.75, undefined, UNKNOWN],
    [0.5, undefined, UNKNOWN],
    [-3.5, undefined, UNKNOWN],
    [1e-7, undefined, UNKNOWN],
    [NaN, undefined, UNKNOWN],
    [Infinity, undefined, UNKNOWN],
    [-Infinity, undefined, UNKNOWN],
    // Date serials under a date format: the month and year Excel shows.
    [45000, 'yyyy/m/d', dated([2023, 3])],
    [45000.5, 'yyyy/m/d h:mm', dated([2023, 3])],
    [45000, 'm"月"', dated([2023, 3])],
    [45000, '[DBNum1]m"月"', dated([2023, 3])],
    [45000, 'yyyy"年"m"月"', dated([2023, 3])],
    [45000, 'mmm-yy', dated([2023, 3])],
    [45000, 'mm-dd-yy', dated([2023, 3])],
    [44927, '[$-804]yyyy年m月d日', dated([2023, 1])],
    [60, 'yyyy/m/d', dated([1900, 2])],
    // 3 under m"月" is 1900-01-03, and Excel shows 1月: the cell says January.
    [3, 'm"月"', dated([1900, 1])],
    [0, 'yyyy/m/d', UNKNOWN],
    [0.5, 'yyyy/m/d', UNKNOWN],
    [-5, 'yyyy/m/d', UNKNOWN],
    [NaN, 'yyyy/m/d', UNKNOWN],
    [3e9, 'yyyy/m/d', UNKNOWN],
  ])('reads %p under %p', (value, format, expected) => {
    expect(parseMonth(value, format)).toEqual(expected);
  });
});

describe('parseMonth: repeated cells', () => {
  it('gives the same frozen reading each time a text comes back, so no caller can change another one', () => {
    const first = parseMonth('2023年3-4月');
    const again = parseMonth('2023年3-4月');
    expect(again).toEqual(dated([2023, 3], [2023, 4]));
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.kind === 'months' && Object.isFrozen(first.months) && first.months.every((ref) => Object.isFrozen(ref))).toBe(true);
  });

  it('reads the same text the same way after thousands of other texts', () => {
    const before = parseMonth('11月至次年1月');
    for (let i = 0; i < 3000; i++) parseMonth(`${i}月`);
    expect(parseMonth('11月至次年1月')).toEqual(before);
    expect(parseMonth('11月至次年1月')).toEqual(months(11, 12, 1));
  });
});

describe('parseMonth: properties', () => {
  const monthish = fc.string({
    unit: fc.constantFrom(
      ...'0123456789一二三四五六七八九十〇年月日号季度第上下半旬初底中至到-~—、,.()（）/ QqJjanFfebMmarchtoy'.split(''),
      '次年',
      '每月',
      '全年',
      '待定',
      '农历',
      'Jun',
      'Sept',
    ),
    maxLength: 16,
  });
  const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    monthish,
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 60, 2958465, 2958466),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.record({ error: fc.string() }),
  );
  const anyFormat = fc.option(
    fc.oneof(fc.string(), fc.constantFrom('General', 'yyyy/m/d', 'm"月"', '0"月"', 'hh:mm', '@', '[DBNum1]m"月"')),
    {
      nil: undefined,
    },
  );

  it('never throws, always answers one of the kinds, and names only real months and years', () => {
    fc.assert(
      fc.property(anyValue, anyFormat, (value, format) => {
        const reading = parseMonth(value, format);
        expect(KINDS).toContain(reading.kind);
        if (reading.kind !== 'months') {
          expect(Object.keys(reading)).toEqual(['kind']);
          return;
        }
        expect(reading.months.length).toBeGreaterThan(0);
        for (const ref of reading.months) {
          expect(Object.keys(ref).sort()).toEqual(['month', 'year']);
          expect(Number.isInteger(ref.month) && ref.month >= 1 && ref.month <= 12).toBe(true);
          expect(ref.year === null || Number.isInteger(ref.year)).toBe(true);
        }
        const keys = reading.months.map((ref) => `${ref.month}/${ref.year}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every month by its Chinese name, as N月, as 0N月 and in full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (m) => {
        for (const text of [
          `${CHINESE_MONTHS[m - 1]}月`,
          `${m}月`,
          `${String(m).padStart(2, '0')}月`,
          fullWidth(`${m}月`),
          `${m}月份`,
          String(m),
        ]) {
          expect(parseMonth(text)).toEqual(months(m));
        }
        expect(parseMonth(m)).toEqual(months(m));
      }),
    );
  });

  it('reads every month by its English name and abbreviation, in any case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom('lower', 'upper', 'as is'), (m, letterCase) => {
        const spell = (name: string): string =>
          letterCase === 'lower' ? name.toLowerCase() : letterCase === 'upper' ? name.toUpperCase() : name;
        expect(parseMonth(spell(ENGLISH_MONTHS[m - 1]))).toEqual(months(m));
        expect(parseMonth(spell(ENGLISH_ABBREVIATIONS[m - 1]))).toEqual(months(m));
        expect(parseMonth(`${spell(ENGLISH_ABBREVIATIONS[m - 1])}.`)).toEqual(months(m));
      }),
    );
  });

  it('reads a date serial under any date format as the month and year of that date', () => {
    const dates = fc
      .record({ year: fc.integer({ min: 1900, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .filter(({ year, month }) => !(year === 1900 && month <= 2));
    const formats = fc.constantFrom(
      'yyyy/m/d',
      'm/d/yy',
      'yyyy"年"m"月"',
      'm"月"',
      '[$-804]yyyy年m月d日',
      'mmm-yy',
      'mm-dd-yy',
      '[DBNum1]m"月"',
    );
    fc.assert(
      fc.property(dates, formats, fc.double({ min: 0, max: 0.999, noNaN: true }), ({ year, month, day }, format, time) => {
        expect(parseMonth(dateToSerial(year, month, day) + time, format)).toEqual(dated([year, month]));
      }),
    );
  });

  it('reads a written year and month in every common spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const mm = String(m).padStart(2, '0');
        for (const text of [
          `${y}年${m}月`,
          `${y}-${mm}`,
          `${y}/${m}/1`,
          `${y}.${m}`,
          `${y}年${CHINESE_MONTHS[m - 1]}月`,
          `${ENGLISH_MONTHS[m - 1]} ${y}`,
          `${ENGLISH_ABBREVIATIONS[m - 1]}-${y}`,
        ]) {
          expect(parseMonth(text)).toEqual(dated([y, m]));
        }
      }),
    );
  });

  it('reads a two-digit year as this century', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), (yy, m) => {
        expect(parseMonth(`${String(yy).padStart(2, '0')}年${m}月`)).toEqual(dated([2000 + yy, m]));
      }),
    );
  });

  it('reads a range a-b as the months from a to b, wrapping past December', () => {
    const separators = fc.constantFrom('-', '~', '～', '—', '–', '至', '到', '-');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), separators, (a, b, sep) => {
        const expected = months(...wrappedRange(a, b));
        expect(parseMonth(`${a}-${b}月`)).toEqual(expected);
        expect(parseMonth(`${a}${sep}${b}月`)).toEqual(expected);
        expect(parseMonth(`${a}月${sep}${b}月`)).toEqual(expected);
        expect(parseMonth(`${CHINESE_MONTHS[a - 1]}${sep}${CHINESE_MONTHS[b - 1]}月`)).toEqual(expected);
        expect(parseMonth(`${ENGLISH_ABBREVIATIONS[a - 1]}-${ENGLISH_ABBREVIATIONS[b - 1]}`)).toEqual(expected);
      }),
    );
  });

  it('gives a range with a year the years of the months it passes through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (y, a, b) => {
        const list = wrappedRange(a, b);
        const years = list.map((m) => (m < a ? y + 1 : y));
        expect(parseMonth(`${y}年${a}月-${b}月`)).toEqual(dated(...list.map((m, i): [number, number] => [years[i], m])));
      }),
    );
  });

  it('reads a list of months once each, in the order written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('、', ',', '，', '和'),
        (list, sep) => {
          const expected = months(...list.filter((m, i) => list.indexOf(m) === i));
          expect(parseMonth(`${list.join(sep)}月`)).toEqual(expected);
          expect(parseMonth(list.map((m) => `${m}月`).join(sep))).toEqual(expected);
        },
      ),
    );
  });

  it('reads a note in brackets as nothing when the rest names a month', () => {
    const expressions = fc.constantFrom('3月', '3-4月', '2023年11月-2024年1月', 'Q1', '上半年', '11月至次年1月', 'March 2023');
    const note = fc.string({ maxLength: 10 }).map((s) => s.replace(/[()（）[\]【】{}〔〕〈〉《》「」『』]/g, ''));
    const brackets = fc.constantFrom(['(', ')'], ['（', '）'], ['[', ']'], ['【', '】']);
    fc.assert(
      fc.property(expressions, note, brackets, (expression, text, [open, close]) => {
        expect(parseMonth(`${expression}${open}${text}${close}`)).toEqual(parseMonth(expression));
      }),
    );
  });

  it('reads the same with white space around and full-width digits', () => {
    const expressions = fc.constantFrom(
      '3月',
      '3-4月',
      '2023年3月',
      '11月至次年1月',
      '2023-03',
      '3.15',
      'Q1',
      '第2季度',
      '每月',
      '待定',
      '全年',
      '13月',
    );
    const space = fc.constantFrom('', ' ', '\u3000', '\t', ' \u3000 ');
    fc.assert(
      fc.property(expressions, space, space, (expression, before, after) => {
        expect(parseMonth(`${before}${fullWidth(expression)}${after}`)).toEqual(parseMonth(expression));
      }),
    );
  });
});
