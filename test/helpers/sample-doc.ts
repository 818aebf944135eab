import type { DocBlock, DocModel, DocType } from '../../src/core/document/doc-model';
import type { Lang } from '../../src/core/words/lang';

/**
 * Hand-built documents shaped like what `buildDocument` makes from a school
 * trade union's yearly schedule (see the reference plans in the shared folder):
 * a title, 一、/（一） headings, paragraphs, numbered items, one line per month,
 * the signature and the schedule table. Tests use them until core's builder
 * lands, and afterwards as a fixed input that does not move with it.
 */

const ZH_MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const EN_MONTHS = [
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

/** What happens each month, as [activity, task group, owner]. */
const ZH_SCHEDULE: readonly (readonly [number, string, string, string])[] = [
  [1, '制定本年度工会工作计划', '组织建设', '王芳'],
  [1, '元旦教职工迎新活动', '文体活动', '李强'],
  [2, '春节走访慰问困难教职工', '帮扶慰问', '张敏'],
  [3, '庆“三八”女教职工趣味运动会', '女工工作', '张敏'],
  [3, '召开第五届教职工代表大会第三次会议', '民主管理', '王芳'],
  [4, '组织教职工参加区教职工羽毛球比赛', '文体活动', '李强'],
  [5, '“庆五一”优秀教职工表彰', '组织建设', '王芳'],
  [6, '配合党支部开展民主生活会', '民主管理', '王芳'],
  [7, '组织教职工暑期疗休养', '帮扶慰问', '张敏'],
  [8, '青年教师基本功培训', '师德建设', '赵磊'],
  [9, '庆祝第40个教师节活动', '师德建设', '赵磊'],
  [10, '重阳节慰问离退休教职工', '帮扶慰问', '张敏'],
  [11, '“教工小家”评比', '组织建设', '李强'],
  [12, '年度工会工作总结', '组织建设', '王芳'],
];

const EN_SCHEDULE: readonly (readonly [number, string, string, string])[] = [
  [1, 'Draw up the union work plan for the year', 'Organisation', 'Wang Fang'],
  [1, 'New Year gathering for staff', 'Culture and sport', 'Li Qiang'],
  [2, 'Spring Festival visits to staff in hardship', 'Welfare', 'Zhang Min'],
  [3, "Women's Day sports afternoon", "Women's work", 'Zhang Min'],
  [3, 'Third session of the 5th staff congress', 'Democratic management', 'Wang Fang'],
  [4, 'District staff badminton tournament', 'Culture and sport', 'Li Qiang'],
  [5, 'Labour Day awards for outstanding staff', 'Organisation', 'Wang Fang'],
  [6, 'Democratic review meeting with the Party branch', 'Democratic management', 'Wang Fang'],
  [7, 'Summer rest and recuperation trip', 'Welfare', 'Zhang Min'],
  [8, 'Teaching skills training for young teachers', 'Professional ethics', 'Zhao Lei'],
  [9, "Celebration of the 40th Teachers' Day", 'Professional ethics', 'Zhao Lei'],
  [10, 'Double Ninth visits to retired staff', 'Welfare', 'Zhang Min'],
  [11, '"Staff home" awards', 'Organisation', 'Li Qiang'],
  [12, 'Year-end review of union work', 'Organisation', 'Wang Fang'],
];

function monthLines(lang: Lang): DocBlock[] {
  const schedule = lang === 'zh' ? ZH_SCHEDULE : EN_SCHEDULE;
  const names = lang === 'zh' ? ZH_MONTHS : EN_MONTHS;
  return names.map((label, i) => {
    const texts = schedule.filter(([month]) => month === i + 1).map(([, text]) => text);
    const text = lang === 'zh' ? `${texts.join('；')}。` : `${texts.join('; ')}.`;
    return { kind: 'month_line', month: i + 1, label, text };
  });
}

function scheduleTable(lang: Lang): DocBlock {
  const schedule = lang === 'zh' ? ZH_SCHEDULE : EN_SCHEDULE;
  const names = lang === 'zh' ? ZH_MONTHS : EN_MONTHS;
  return {
    kind: 'table',
    caption: lang === 'zh' ? '附表：2024年工会主要活动安排' : 'Appendix: union activities in 2024',
    columns: lang === 'zh' ? ['月份', '活动', '任务组', '负责人'] : ['Month', 'Activity', 'Task group', 'Owner'],
    rows: schedule.map(([month, text, group, owner]) => [names[month - 1], text, group, owner]),
  };
}

const ZH_UNIT = '杭州市××中学工会';
const EN_UNIT = 'Trade Union of No. 2 Middle School';

function zhPlan(): DocBlock[] {
  return [
    { kind: 'title', text: `${ZH_UNIT}2024年工作计划` },
    { kind: 'heading', level: 1, label: '一、', text: '指导思想' },
    {
      kind: 'paragraph',
      text: '以习近平新时代中国特色社会主义思想为指导，围绕学校中心工作，切实履行工会维护、建设、参与、教育四项职能，团结动员全体教职工为学校发展贡献力量。',
    },
    { kind: 'heading', level: 1, label: '二、', text: '主要工作' },
    { kind: 'heading', level: 2, label: '（一）', text: '组织建设' },
    { kind: 'item', label: '1、', text: '制定本年度工会工作计划，于一月底前报学校党支部审定。' },
    { kind: 'item', label: '2、', text: '开展“教工小家”评比，推进“职工之家”建设。' },
    { kind: 'heading', level: 2, label: '（二）', text: '民主管理' },
    { kind: 'heading', level: 3, label: '1.', text: '教职工代表大会' },
    { kind: 'paragraph', text: '召开第五届教职工代表大会第三次会议，审议学校年度工作报告。' },
    { kind: 'heading', level: 4, label: '（1）', text: '提案工作' },
    { kind: 'paragraph', text: '征集、整理代表提案，做到件件有回音。' },
    { kind: 'heading', level: 1, label: '三、', text: '月度安排' },
    ...monthLines('zh'),
    { kind: 'signature', unit: ZH_UNIT, date: '2024年1月8日' },
    scheduleTable('zh'),
  ];
}

function zhSummary(): DocBlock[] {
  return [
    { kind: 'title', text: `${ZH_UNIT}2024年工作总结` },
    { kind: 'heading', level: 1, label: '一、', text: '基本情况' },
    { kind: 'paragraph', text: '全年计划活动14项，已完成12项，正在进行1项，取消1项。' },
    { kind: 'heading', level: 1, label: '二、', text: '主要工作' },
    { kind: 'heading', level: 2, label: '（一）', text: '帮扶慰问' },
    { kind: 'item', label: '1、', text: '春节走访慰问困难教职工（已完成）。' },
    { kind: 'item', label: '2、', text: '组织教职工暑期疗休养（已完成）。' },
    { kind: 'heading', level: 2, label: '（二）', text: '文体活动' },
    { kind: 'item', label: '1、', text: '元旦教职工迎新活动（已完成）。' },
    { kind: 'item', label: '2、', text: '组织教职工参加区教职工羽毛球比赛（取消）。' },
    { kind: 'heading', level: 1, label: '三、', text: '逐月回顾' },
    ...monthLines('zh'),
    { kind: 'heading', level: 1, label: '四、', text: '下一步打算' },
    { kind: 'paragraph', text: '继续完善“职工之家”建设，\n做好困难教职工帮扶。' },
    { kind: 'signature', unit: ZH_UNIT, date: '2024年12月30日' },
    {
      kind: 'table',
      caption: '附表：2024年工会活动完成情况',
      columns: ['月份', '活动', '任务组', '负责人', '完成情况'],
      rows: ZH_SCHEDULE.map(([month, text, group, owner], i) => [
        ZH_MONTHS[month - 1],
        text,
        group,
        owner,
        i === 5 ? '取消' : i === 13 ? '进行中' : '已完成',
      ]),
    },
  ];
}

function enPlan(): DocBlock[] {
  return [
    { kind: 'title', text: 'Union Work Plan for 2024' },
    { kind: 'heading', level: 1, label: 'I. ', text: 'Guiding principles' },
    {
      kind: 'paragraph',
      text: "The union serves the school's central tasks and represents, builds, involves and educates its members.",
    },
    { kind: 'heading', level: 1, label: 'II. ', text: 'Main work' },
    { kind: 'heading', level: 2, label: '(1) ', text: 'Organisation' },
    { kind: 'item', label: '1. ', text: 'Draw up the union work plan by the end of January.' },
    { kind: 'item', label: '2. ', text: 'Run the "staff home" awards.' },
    { kind: 'heading', level: 3, label: '1) ', text: 'Staff congress' },
    { kind: 'heading', level: 4, label: '(a) ', text: 'Motions' },
    { kind: 'paragraph', text: "Collect the delegates' motions and answer every one." },
    { kind: 'heading', level: 1, label: 'III. ', text: 'Month by month' },
    ...monthLines('en'),
    { kind: 'signature', unit: EN_UNIT, date: '8 January 2024' },
    scheduleTable('en'),
  ];
}

function enSummary(): DocBlock[] {
  return [
    { kind: 'title', text: 'Union Work Summary for 2024' },
    { kind: 'heading', level: 1, label: 'I. ', text: 'Overview' },
    { kind: 'paragraph', text: '14 activities were planned: 12 done, 1 in progress, 1 cancelled.' },
    { kind: 'heading', level: 1, label: 'II. ', text: 'Welfare' },
    { kind: 'item', label: '1. ', text: 'Spring Festival visits to staff in hardship (done).' },
    { kind: 'heading', level: 1, label: 'III. ', text: 'Month by month' },
    ...monthLines('en'),
    { kind: 'heading', level: 1, label: 'IV. ', text: 'Next steps' },
    { kind: 'paragraph', text: 'Keep improving the staff home.' },
    { kind: 'signature', unit: null, date: '30 December 2024' },
  ];
}

/**
 * A realistic plan or summary as a `DocModel`.
 *
 * @example
 * sampleDoc('plan', 'zh').title
 * //=> '杭州市××中学工会2024年工作计划'
 */
export function sampleDoc(type: DocType, lang: Lang): DocModel {
  const blocks = type === 'plan' ? (lang === 'zh' ? zhPlan() : enPlan()) : lang === 'zh' ? zhSummary() : enSummary();
  const title = blocks[0].kind === 'title' ? blocks[0].text : '';
  return { type, lang, title, unit: lang === 'zh' ? ZH_UNIT : type === 'plan' ? EN_UNIT : null, blocks };
}

/**
 * A plan with `count` items spread over twelve months, for benchmarks and
 * long-document tests.
 */
export function largeDoc(count: number, lang: Lang = 'zh'): DocModel {
  const blocks: DocBlock[] = [{ kind: 'title', text: lang === 'zh' ? '工会工作计划' : 'Union Work Plan' }];
  const perMonth = Math.ceil(count / 12);
  let made = 0;
  for (let month = 1; month <= 12 && made < count; month++) {
    blocks.push({ kind: 'heading', level: 1, label: `${month}.`, text: (lang === 'zh' ? ZH_MONTHS : EN_MONTHS)[month - 1] });
    for (let i = 0; i < perMonth && made < count; i++, made++) {
      blocks.push({ kind: 'item', label: `${i + 1}、`, text: `组织第${made + 1}项活动：${ZH_SCHEDULE[made % ZH_SCHEDULE.length][1]}。` });
    }
  }
  blocks.push({ kind: 'signature', unit: ZH_UNIT, date: '2024年1月8日' });
  return { type: 'plan', lang, title: blocks[0].kind === 'title' ? blocks[0].text : '', unit: ZH_UNIT, blocks };
}
