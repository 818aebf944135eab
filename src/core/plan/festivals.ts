import type { FestivalKey } from './festival';
import type { LunarFestivalKey } from './lunar-festival-dates';

/** A festival, how activity texts name it, and its date: fixed (`month`, `day`) or from the lunar table. */
export type Festival =
  | { readonly key: Exclude<FestivalKey, LunarFestivalKey>; readonly pattern: RegExp; readonly month: number; readonly day: number }
  | { readonly key: LunarFestivalKey; readonly pattern: RegExp; readonly lunar: true };

/** Numerals and words around a number-named festival that make it part of something else (十三八, 周五一次, 五一二). */
const BEFORE = '(?<![〇零一二三四五六七八九十百千两0-9０-９周期拜第])';
const AFTER = '(?![〇零一二三四五六七八九十百千两0-9０-９次个项届批名位天周年])';
const DOT = '[·.．•・]?';

/** A festival named by its date in figures, "3·8" or "5.1", only when something festive follows. */
function figures(month: number, day: number): string {
  return `(?<![0-9０-９.．])${month}\\s*[·.．•・]\\s*${day}(?![0-9０-９])(?=\\s*(?:节|妇女|劳动|青年|儿童|建党|建军|护士|国庆|[”"’」』]|活动|系列))`;
}

function named(month: string, day: string): string {
  return `${BEFORE}${month}${DOT}${day}${AFTER}`;
}

const re = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'i');

/**
 * The festivals PlanSheet knows, as activity texts name them. Names are matched as words: a
 * number-named festival (三八, 五一, 七一…) not inside a longer number or count; 国庆 not inside
 * 建国庆典 or 举国庆祝 (国庆节 always); 清明 only with 节, 祭扫, 踏青…; and honours named after a
 * festival (三八红旗手, 五一劳动奖章, 五四红旗团委, 七一勋章) are taken out first (see `HONOURS`):
 * choosing them is no celebration of the day. 春节 also goes by 新春, 春联 and 除夕; 重阳 by 敬老节.
 * 母亲节 and 父亲节 fall on a Sunday (the second of May, the third of June): their day is typical.
 */
export const FESTIVALS: readonly Festival[] = [
  { key: 'new_year', pattern: re('元旦', "new year'?s day"), month: 1, day: 1 },
  { key: 'womens_day', pattern: re(named('三', '八'), figures(3, 8), '妇女节', '女神节', "women'?s day"), month: 3, day: 8 },
  { key: 'arbor_day', pattern: re('植树节', 'arbor day'), month: 3, day: 12 },
  { key: 'qingming', pattern: re('清明(?:节|祭|扫|踏青|缅怀|期间|前后|假期|小长假)', 'qingming'), month: 4, day: 5 },
  { key: 'reading_day', pattern: re('读书日', 'world book day'), month: 4, day: 23 },
  { key: 'labour_day', pattern: re(named('五', '一'), figures(5, 1), '劳动节', 'labou?r day', 'may day'), month: 5, day: 1 },
  { key: 'youth_day', pattern: re(named('五', '四'), figures(5, 4), '青年节', 'youth day'), month: 5, day: 4 },
  { key: 'nurses_day', pattern: re('护士节', named('五', '一二'), figures(5, 12), "nurses'? day"), month: 5, day: 12 },
  { key: 'mothers_day', pattern: re('母亲节', "mother'?s day"), month: 5, day: 10 },
  { key: 'childrens_day', pattern: re(named('六', '一'), figures(6, 1), '儿童节', "children'?s day"), month: 6, day: 1 },
  { key: 'fathers_day', pattern: re('父亲节', "father'?s day"), month: 6, day: 18 },
  {
    key: 'party_day',
    pattern: re(named('七', '一'), figures(7, 1), '建党节', '建党\\s*[0-9一二三四五六七八九十百]+\\s*周年', '庆祝建党', '党的生日'),
    month: 7,
    day: 1,
  },
  { key: 'army_day', pattern: re(named('八', '一'), figures(8, 1), '建军节', 'army day'), month: 8, day: 1 },
  { key: 'doctors_day', pattern: re('医师节', "doctors'? day"), month: 8, day: 19 },
  { key: 'teachers_day', pattern: re('教师节', "teachers'? day"), month: 9, day: 10 },
  {
    key: 'national_day',
    pattern: re('国庆节', '(?<![\\u4e00-\\u9fff])国庆', '(?<=[迎庆贺度喜欢过逢祝秋和与及双])国庆', figures(10, 1), 'national day'),
    month: 10,
    day: 1,
  },
  { key: 'winter_solstice', pattern: re('冬至', 'winter solstice'), month: 12, day: 22 },
  {
    key: 'spring_festival',
    pattern: re('春节', '新春', '春联', '除夕', 'spring festival', 'chinese new year', 'lunar new year'),
    lunar: true,
  },
  { key: 'lantern_festival', pattern: re('元宵', 'lantern festival'), lunar: true },
  { key: 'dragon_boat', pattern: re('端午', 'dragon boat'), lunar: true },
  { key: 'qixi', pattern: re('七夕', 'qixi'), lunar: true },
  { key: 'mid_autumn', pattern: re('中秋', 'mid-autumn', 'moon festival'), lunar: true },
  { key: 'double_ninth', pattern: re('重阳', '敬老节', '老年节', 'double ninth'), lunar: true },
];

/**
 * A character every festival name holds (旦 of 元旦, 八 of 三八 and 八一, 师 of 教师节, the dot of
 * 3·8, y of day…): one look at a text passes over the many that name no festival, before the
 * patterns are tried one by one. test/core/plan/check-festivals.test.ts holds every pattern to it.
 */
export const MAY_NAME_FESTIVAL = /[旦八女树明读五劳青护亲六童七党军师庆冬春夕宵午秋阳老联除yqt·.．•・]/i;

/** Honours named after a festival: their selection is no celebration of the day. */
export const HONOURS = new RegExp(
  [
    '三[·.．•・]?八红旗(?:手|集体)?',
    '五[·.．•・]?一(?:劳动)?(?:奖章|奖状)',
    '五[·.．•・]?一巾帼',
    '五[·.．•・]?四(?:红旗|青年奖章|奖章)',
    '[七八][·.．•・]?一勋章',
    '(?:巾帼|青年)文明号',
  ].join('|'),
  'g',
);
