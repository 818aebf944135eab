/**
 * The words a month cell may hold besides numbers, as written after
 * `cleanMonthText` (NFKC, lower case). Kept in one place so that what the
 * parser understands can be read (and argued about) at a glance.
 */

/** English month names and abbreviations, January first. */
export const ENGLISH_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Phrases that stand for a fixed set of months (quarters are numbered and read
 * by the tokenizer). Halves are fixed by the issue; the rest are decisions:
 * 寒假 = 1–2 and 暑假 = 7–8 (Chinese school holidays), seasons are the
 * meteorological ones (春 3–5 … 冬 12–2), 年初 = 1, 年底 = 12, and public
 * holidays with a fixed Gregorian date give their month. Holidays of the
 * lunar calendar (春节, 中秋 …) are in `LUNAR` instead: their month moves.
 */
export const MONTH_SPANS: readonly { readonly pattern: string; readonly months: readonly number[] }[] = [
  { pattern: '上半年度?|(?:the )?first half(?: of the year)?|h1(?![\\d])', months: range(1, 6) },
  { pattern: '下半年度?|(?:the )?second half(?: of the year)?|h2(?![\\d])', months: range(7, 12) },
  { pattern: '寒假|winter (?:vacation|holidays?|break)', months: [1, 2] },
  { pattern: '暑假|暑期|summer (?:vacation|holidays?|break)', months: [7, 8] },
  { pattern: '春季|春天|spring(?![a-z])', months: [3, 4, 5] },
  { pattern: '夏季|夏天|summer(?![a-z])', months: [6, 7, 8] },
  { pattern: '秋季|秋天|autumn(?![a-z])|fall(?![a-z])', months: [9, 10, 11] },
  { pattern: '冬季|冬天|winter(?![a-z])', months: [12, 1, 2] },
  { pattern: '年初|beginning of (?:the )?year|start of (?:the )?year', months: [1] },
  { pattern: '年底|年末|年终|岁末|end of (?:the )?year|year[- ]?end', months: [12] },
  { pattern: "元旦节?|new year(?:'s day)?(?![a-z])", months: [1] },
  { pattern: '三八(?:妇女)?节?|妇女节|女神节|植树节|学雷锋(?:纪念日|活动月|日|月)?', months: [3] },
  { pattern: '清明节?', months: [4] },
  { pattern: '五一(?:劳动)?节?|劳动节|五四(?:青年)?节?|青年节|labou?r day|may day', months: [5] },
  { pattern: '六一(?:儿童)?节?|儿童节', months: [6] },
  { pattern: '七一(?:建党)?节?|建党节', months: [7] },
  { pattern: '八一(?:建军)?节?|建军节', months: [8] },
  { pattern: "教师节|teachers'? day", months: [9] },
  { pattern: '国庆节?|national day', months: [10] },
  { pattern: '冬至|圣诞节?|christmas', months: [12] },
];

/**
 * Lunar months and lunar holidays: never turned into a Gregorian month. 元月
 * is here too: it is the first lunar month by tradition and January by modern
 * habit, and a warning is safer than silently picking one.
 */
export const LUNAR =
  /农历|阴历|旧历|夏历|正月|腊月|冬月|元月|端月|闰\S{1,3}月|春节|除夕|元宵|端午|七夕|中元节|中秋|重阳|腊八|小年|lunar|chinese new year|spring festival|mid-autumn|dragon boat/;

/** Said when the date is not fixed yet. */
export const UNDECIDED =
  /待定|未定|另定|另行|待通知|待安排|待确认|待确定|未确定|不确定|暂未|暂定|视情况|视具体|看情况|根据.{0,8}(?:安排|通知|需要)|按上级|听通知|上级通知|\btb[dac]\b|to be (?:decided|determined|announced|confirmed|arranged|scheduled)|not (?:yet )?(?:decided|scheduled|fixed)|undecided|pending/;

/** Something done every month (or more often: weekly, daily). */
export const EVERY_MONTH =
  /每(?:个|一个)?月|按月|逐月|月月|每(?:周|星期|礼拜|天|日)|每两周|每半个?月|半月一次|monthly|every\s*month|each\s*month|weekly|every\s*week|daily|every\s*day/;

/**
 * A task that runs through the year with no month of its own. Recurring tasks
 * less often than monthly (每季度, 每学期, 定期) are here too: they do happen,
 * but the cell does not say in which month, so they cover none.
 */
export const YEAR_LONG =
  /全年|全学年|整学年|整年|长期|常年|日常|常态|平时|经常|随时|不?定期|持续|每季度?|每学期|年度内|贯穿|全期|year[-\s]?round|all[-\s]?year|throughout|ongoing|year[-\s]?long|long[-\s]?term|continuous|as needed|any\s?time|regular/;

/** Excel's error values, for when one arrives as text rather than as an error cell. */
export const ERROR_TEXT =
  /^#(?:n\/a|ref!|value!|div\/0!|name\?|null!|num!|spill!|calc!|getting_data|field!|blocked!|connect!|unknown!|busy!|python!|external!)$/;

/** What people type to say "nothing here": read as an empty cell. */
export const PLACEHOLDER = /^(?:[-—–―~_/\\.·…=*]+|无|暂无|none|n\/?a|nil)$/;
