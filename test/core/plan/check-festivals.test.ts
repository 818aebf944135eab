import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { FESTIVALS, MAY_NAME_FESTIVAL } from '../../../src/core/plan/festivals';
import { checkFestivals } from '../../../src/core/plan/check-festivals';
import { formatIssue } from '../../../src/core/words/format-issue';
import { makePeriod } from '../../../src/core/plan/make-period';
import type { Activity, Timing } from '../../../src/core/plan/activity';
import type { FestivalKey } from '../../../src/core/plan/festival';
import type { Issue } from '../../../src/core/issues/issue';
import type { PeriodOptions } from '../../../src/core/plan/period';
import { grid } from '../../helpers/grid';

function activity(text: string, months: readonly number[] | 'undecided' | 'blank' | 'every' | 'year', monthText = ''): Activity {
  const timings: Record<string, Timing> = { undecided: 'undecided', every: 'every_month', year: 'year_long', blank: 'none' };
  const timing: Timing = Array.isArray(months) ? 'months' : timings[months as string];
  return {
    row: 5,
    text,
    monthText: monthText || (Array.isArray(months) ? months.map((m) => `${m}月`).join('、') : months === 'undecided' ? '待定' : ''),
    timing,
    months: Array.isArray(months) ? months : [],
    group: null,
    owner: null,
    status: null,
    statusKind: null,
    notes: null,
    cells: { month: 'A5', activity: 'B5' },
  };
}

function check(text: string, months: Parameters<typeof activity>[1], period: PeriodOptions = { year: 2025 }): Issue[] {
  return checkFestivals([activity(text, months)], makePeriod(period), '活动安排');
}

/** What the warnings say, in Chinese, for an activity. */
function words(text: string, months: Parameters<typeof activity>[1], period: PeriodOptions = { year: 2025 }): string[] {
  return check(text, months, period).map((i) => formatIssue(i, 'zh'));
}

describe('checkFestivals', () => {
  it('warns at the activity cell when a festival is scheduled in the wrong month, as data', () => {
    expect(check('庆三八', [5])).toEqual([
      {
        code: 'festival_wrong_month',
        severity: 'warning',
        sheet: '活动安排',
        cell: 'B5',
        value: '庆三八',
        festival: 'womens_day',
        months: [5],
        festivalDate: { year: null, month: 3, day: 8 },
      },
    ]);
    expect(words('庆三八', [5])).toEqual(['“庆三八”安排在 5 月，三八妇女节在 3 月。']);
    expect(check('庆三八', [5]).map((i) => formatIssue(i, 'en'))).toEqual(['"庆三八" is scheduled in May, but Women\'s Day is in March.']);
  });

  // Activity names from the five reference plans (../shared/reference/union-work-plans.zh.md) and
  // their kind, each in a month where it is wrong: every one must be warned about.
  it.each([
    ['庆“三八”中青年教职工基本素质展示', [5], 'womens_day'],
    ['三八妇女节文体活动', [6], 'womens_day'],
    ['三八节活动', [10], 'womens_day'],
    ['“三·八”节趣味运动会', [9], 'womens_day'],
    ['“庆五一”组织离退休教职工与老年公寓的老年人展开联谊活动', [7], 'labour_day'],
    ['五一节庆祝活动，举行教工文体活动', [10], 'labour_day'],
    ['配合党支部展开庆“七一”活动', [9], 'party_day'],
    ['庆祝“教师节”活动', [11], 'teachers_day'],
    ['教师节活动', [3], 'teachers_day'],
    ['国庆节庆祝活动', [12], 'national_day'],
    ['庆元旦庆祝活动', [7], 'new_year'],
    ['元旦活动', [6], 'new_year'],
    ['召开“5·12”护士节表彰大会', [3], 'nurses_day'],
    ['八一建军节慰问退役军人职工', [11], 'army_day'],
    ['六一儿童节亲子活动', [9], 'childrens_day'],
    ['清明节祭扫烈士墓', [8], 'qingming'],
  ] as const)('warns about %j in month %j (%s)', (text, months, festival) => {
    expect(check(text, months).map((i) => [i.code, 'festival' in i ? i.festival : null])).toEqual([['festival_wrong_month', festival]]);
  });

  it('warns about each of two festivals an item names: “五一”、“五四”活动 in September', () => {
    expect(words('“五一”、“五四”活动', [9])).toEqual([
      '““五一”、“五四”活动”安排在 9 月，五一劳动节在 5 月。',
      '““五一”、“五四”活动”安排在 9 月，五四青年节在 5 月。',
    ]);
  });

  // The same names in their month, in the month before (preparations, visits), and names that only
  // look like a festival: none of them may raise an alarm.
  it.each([
    ['庆“三八”中青年教职工基本素质展示', [3]],
    ['庆“三八”中青年教职工基本素质展示', [2]],
    ['“庆五一”组织离退休教职工与老年公寓的老年人展开联谊活动', [4]],
    ['“庆五一”组织离退休教职工与老年公寓的老年人展开联谊活动', [5]],
    ['配合党支部展开庆“七一”活动', [6]],
    ['配合党支部展开庆“七一”活动', [7]],
    ['庆祝“教师节”活动', [9]],
    ['庆祝“教师节”活动', [8]],
    ['国庆节庆祝活动', [10]],
    ['国庆节庆祝活动', [9]],
    ['元旦活动', [1]],
    ['庆元旦庆祝活动', [12]],
    ['“五一”、“五四”活动', [5]],
    ['教职工运动会', [3, 4, 5]],
    ['三八妇女节文体活动', [4, 3]],
    ['三八红旗手评选', [1]],
    ['推荐全国五一劳动奖章候选人', [2]],
    ['评选五四红旗团支部', [11]],
    ['建国庆典筹备', [6]],
    ['举国庆祝活动宣传', [6]],
    ['召开五届五次教职工代表大会', [12]],
    ['组织部分教职工参加区第十一届教职工运动会', [5]],
    ['组织教职工学习贯彻党的十八中全会精神', [10]],
    ['每周五一次工会例会', [3]],
    ['加强党建工作，开展主题党日活动', [3]],
    ['营造风清气正、政治清明的良好氛围', [6]],
    ['组织35岁以下青年教师参加基本功比赛', [11]],
    ['组织教职工开展第3.8期读书分享', [6]],
    ['利用三八、五一、教师节、国庆节、元旦等节日开展丰富多彩的教工活动', [4]],
    ['迎新活动', [12]],
    ['特困教职工调查', [11]],
  ] as const)('raises no alarm for %j in month %j', (text, months) => {
    expect(check(text, months)).toEqual([]);
  });

  it('checks the lunar festivals against the plan year: 春节 in 2025 is on 29 January, in 2024 on 10 February', () => {
    expect(words('春节慰问活动', [6])).toEqual(['“春节慰问活动”安排在 6 月，2025 年春节在 1 月 29 日。']);
    expect([check('春节慰问活动', [1]), check('春节慰问活动', [2], { year: 2024 }), check('新春团拜会', [2], { year: 2023 })]).toEqual([
      [],
      [],
      [],
    ]);
    expect(words('春节走访慰问离退休教师', [12], { year: 2025 })).toEqual([
      '“春节走访慰问离退休教师”安排在 12 月，2025 年春节在 1 月 29 日。',
    ]);
    // A school year from September 2024: 春节 2025 falls in it, and December 2024 prepares it.
    expect(check('春节走访慰问离退休教师', [12], { year: 2024, startMonth: 9 })).toEqual([]);
    expect(words('中秋节慰问', [3], { year: 2024 })).toEqual(['“中秋节慰问”安排在 3 月，2024 年中秋节在 9 月 17 日。']);
    expect([check('国庆、中秋双节慰问', [9]), check('中秋节慰问', [10]), check('重阳节慰问退休教师', [10], { year: 2024 })]).toEqual([
      [],
      [],
      [],
    ]);
    expect([check('元宵节猜灯谜', [2]), check('端午节包粽子比赛', [6]), check('七夕单身青年联谊', [8])]).toEqual([[], [], []]);
    expect(check('端午节包粽子比赛', [7]).map((i) => ('festivalDate' in i ? i.festivalDate : null))).toEqual([
      { year: 2025, month: 5, day: 31 },
    ]);
  });

  it('leaves the lunar festivals alone when the year is not known, but not the fixed ones', () => {
    expect([check('春节慰问活动', [6], {}), check('庆三八', [5], {}).map((i) => i.code)]).toEqual([[], ['festival_wrong_month']]);
  });

  it('suggests the month for a festival activity with no month or 待定', () => {
    expect(check('教师节慰问', 'blank')).toEqual([
      {
        code: 'festival_month_suggestion',
        severity: 'warning',
        sheet: '活动安排',
        cell: 'B5',
        value: '教师节慰问',
        festival: 'teachers_day',
        festivalDate: { year: null, month: 9, day: 10 },
      },
    ]);
    expect(words('教师节慰问', 'undecided')).toEqual(['“教师节慰问”可安排在 9 月。']);
    expect(words('中秋慰问', 'undecided')).toEqual(['“中秋慰问”可安排在 10 月（2025 年中秋节在 10 月 6 日）。']);
    expect(check('中秋慰问', 'undecided').map((i) => formatIssue(i, 'en'))).toEqual([
      '"中秋慰问" could be scheduled in October (the Mid-Autumn Festival falls on 6 October 2025).',
    ]);
    expect(check('中秋慰问', 'undecided', {})).toEqual([]);
  });

  it('leaves 每月 and 全年 items alone, and items whose month could not be read', () => {
    const period = makePeriod({ year: 2025 });
    const items = [
      activity('节日慰问（春节、中秋）', 'every'),
      activity('国庆安保值班', 'year'),
      activity('教师节活动', 'blank', '十三月'),
    ];
    expect(checkFestivals(items, period, 'S')).toEqual([]);
  });

  it('has every festival name pass the quick look (MAY_NAME_FESTIVAL) before its pattern', () => {
    const names: Readonly<Record<FestivalKey, readonly string[]>> = {
      new_year: ['元旦', "New Year's Day"],
      womens_day: ['三八', '“3·8”', '妇女节', '女神节', "Women's Day"],
      arbor_day: ['植树节', 'Arbor Day'],
      qingming: ['清明节', 'Qingming'],
      reading_day: ['读书日', 'World Book Day'],
      labour_day: ['五一', '5.1节', '劳动节', 'Labour Day', 'May Day'],
      youth_day: ['五四', '青年节', 'Youth Day'],
      nurses_day: ['护士节', '五一二', '5·12”'],
      mothers_day: ['母亲节', "Mother's Day"],
      childrens_day: ['六一', '儿童节', "Children's Day"],
      fathers_day: ['父亲节', "Father's Day"],
      party_day: ['七一', '建党节', '建党100周年', '党的生日'],
      army_day: ['八一', '建军节', 'Army Day'],
      doctors_day: ['医师节', "Doctors' Day"],
      teachers_day: ['教师节', "Teachers' Day"],
      national_day: ['国庆', '国庆节', '10·1”', 'National Day'],
      winter_solstice: ['冬至', 'Winter Solstice'],
      spring_festival: ['春节', '新春', '春联', '除夕', 'Spring Festival', 'Chinese New Year'],
      lantern_festival: ['元宵', 'Lantern Festival'],
      dragon_boat: ['端午', 'Dragon Boat'],
      qixi: ['七夕', 'Qixi'],
      mid_autumn: ['中秋', 'Mid-Autumn', 'Moon Festival'],
      double_ninth: ['重阳', '敬老节', 'Double Ninth'],
    };
    for (const festival of FESTIVALS) {
      for (const name of names[festival.key]) {
        expect([name, festival.pattern.test(name), MAY_NAME_FESTIVAL.test(name)]).toEqual([name, true, true]);
      }
    }
  });

  it('warns through analyzeSheet at the activity cell, with the year from the title', () => {
    const result = analyzeSheet(
      grid([['2025年XX医院工会工作安排'], ['月份', '活动内容'], ['5月', '庆三八'], ['6月', '春节慰问'], ['待定', '教师节慰问']]),
    );
    expect(result.ok && result.analysis.issues.map((i) => [i.cell, i.code, formatIssue(i, 'zh')])).toEqual([
      ['B3', 'festival_wrong_month', '“庆三八”安排在 5 月，三八妇女节在 3 月。'],
      ['B4', 'festival_wrong_month', '“春节慰问”安排在 6 月，2025 年春节在 1 月 29 日。'],
      ['A5', 'month_undecided', '月份“待定”尚未确定，该活动暂不计入任何月份。'],
      ['B5', 'festival_month_suggestion', '“教师节慰问”可安排在 9 月。'],
    ]);
  });
});
