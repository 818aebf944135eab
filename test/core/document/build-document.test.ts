import fc from 'fast-check';
import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { buildDocument } from '../../../src/core/document/build-document';
import { renderText } from '../../../src/core/document/render-text';
import type { DocBlock, DocModel } from '../../../src/core/document/doc-model';
import { grid } from '../../helpers/grid';
import { makeAnalysis, type RowSpec } from '../../helpers/make-analysis';

const h1 = (label: string, text: string): DocBlock => ({ kind: 'heading', level: 1, label, text });
const h2 = (label: string, text: string): DocBlock => ({ kind: 'heading', level: 2, label, text });
const item = (label: string, text: string): DocBlock => ({ kind: 'item', label, text });
const p = (text: string): DocBlock => ({ kind: 'paragraph', text });
type LineMonth = number | 'every_month' | 'year_long';
const line = (month: LineMonth, label: string, text: string): DocBlock => ({ kind: 'month_line', month, label, text });

const ZH_ROWS: RowSpec[] = [
  { month: [1], group: '文体活动', text: '元旦活动', owner: '李明', status: '已完成' },
  { month: [3], group: '文体活动', text: '庆“三八”女教职工趣味运动会', owner: '张敏', status: '已完成' },
  { month: [3], group: '民主管理', text: '校务公开自查。', owner: '王芳', status: '未完成' },
  { month: 'year', group: '民主管理', text: '落实教代会提案', status: '进行中' },
  { month: [11], text: '准备学校工会档案(教工之家)', status: '取消' },
];

const EN_ROWS: RowSpec[] = [
  { month: [1], group: 'Culture and sport', text: 'New Year gathering', owner: 'Li Ming', status: '已完成' },
  { month: [3], group: 'Culture and sport', text: "Women's Day sports afternoon", owner: 'Zhang Min', status: '已完成' },
  { month: [3], group: 'Democratic management', text: 'Self-check of school affairs disclosure.', owner: 'Wang Fang', status: '未完成' },
  { month: 'year', group: 'Democratic management', text: 'Follow up the staff congress motions', status: '进行中' },
  { month: [11], text: 'Prepare the union archive', status: '取消' },
];

const ZH_UNIT = '××学校工会';
const EN_UNIT = 'No. 2 Middle School Trade Union';

/** Only the headings, items and month lines, as the lines a reader sees. */
function outline(doc: DocModel): string[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'heading' || b.kind === 'item' ? [b.label + b.text] : b.kind === 'month_line' ? [`${b.label}：${b.text}`] : [],
  );
}

describe('buildDocument', () => {
  it('builds a Chinese plan: guidance, goals, main work by group, month lines, signature', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2023 }), {
      unit: ZH_UNIT,
      guidance: '以党的二十大精神为指导，围绕学校中心工作。',
      goals: '全面履行工会各项职能。',
      date: { year: 2024, month: 1, day: 8 },
    });
    expect(doc).toEqual({
      type: 'plan',
      lang: 'zh',
      title: '2023年××学校工会工作计划',
      unit: ZH_UNIT,
      blocks: [
        { kind: 'title', text: '2023年××学校工会工作计划' },
        h1('一、', '指导思想'),
        p('以党的二十大精神为指导，围绕学校中心工作。'),
        h1('二、', '工作目标'),
        p('全面履行工会各项职能。'),
        h1('三、', '主要工作'),
        h2('（一）', '文体活动'),
        item('1、', '元旦活动。'),
        item('2、', '庆“三八”女教职工趣味运动会。'),
        h2('（二）', '民主管理'),
        item('1、', '校务公开自查。'),
        item('2、', '落实教代会提案。'),
        h2('（三）', '其他工作'),
        item('1、', '准备学校工会档案(教工之家)。'),
        h1('四、', '主要活动安排'),
        line('year_long', '全年', '落实教代会提案。'),
        line(1, '一月', '元旦活动。'),
        line(3, '三月', '1、庆“三八”女教职工趣味运动会；2、校务公开自查。'),
        line(11, '十一月', '准备学校工会档案(教工之家)。'),
        { kind: 'signature', unit: ZH_UNIT, date: '2024年1月8日' },
      ],
    });
  });

  it('builds a Chinese summary: completion figures, statuses, items not completed, next steps', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2023 }), {
      type: 'summary',
      unit: ZH_UNIT,
      nextSteps: '继续做好送温暖工作。\n\n加强工会自身建设。',
    });
    expect(doc).toEqual({
      type: 'summary',
      lang: 'zh',
      title: '2023年××学校工会工作总结',
      unit: ZH_UNIT,
      blocks: [
        { kind: 'title', text: '2023年××学校工会工作总结' },
        h1('一、', '工作完成情况'),
        p('全年共安排工作5项，其中已完成2项，进行中1项，未完成1项，取消1项，完成率40%。'),
        item('1、', '文体活动：共2项，其中已完成2项，完成率100%。'),
        item('2、', '民主管理：共2项，其中已完成0项，进行中1项，未完成1项，完成率0%。'),
        item('3、', '其他工作：共1项，其中已完成0项，取消1项，完成率0%。'),
        h1('二、', '主要工作'),
        h2('（一）', '文体活动'),
        item('1、', '元旦活动。'),
        item('2、', '庆“三八”女教职工趣味运动会。'),
        h2('（二）', '民主管理'),
        item('1、', '校务公开自查（未完成）。'),
        item('2、', '落实教代会提案（进行中）。'),
        h2('（三）', '其他工作'),
        item('1、', '准备学校工会档案(教工之家)（已取消）。'),
        h1('三、', '未完成事项'),
        item('1、', '校务公开自查（三月，负责人：王芳，未完成）。'),
        item('2、', '落实教代会提案（全年，进行中）。'),
        item('3、', '准备学校工会档案(教工之家)（十一月，已取消）。'),
        h1('四、', '主要活动回顾'),
        line('year_long', '全年', '落实教代会提案（进行中）。'),
        line(1, '一月', '元旦活动。'),
        line(3, '三月', '1、庆“三八”女教职工趣味运动会；2、校务公开自查（未完成）。'),
        line(11, '十一月', '准备学校工会档案(教工之家)（已取消）。'),
        h1('五、', '下一步打算'),
        p('继续做好送温暖工作。'),
        p('加强工会自身建设。'),
        { kind: 'signature', unit: ZH_UNIT, date: '' },
      ],
    });
  });

  it('builds an English plan with Roman, bracketed and Arabic numbering', () => {
    const doc = buildDocument(makeAnalysis(EN_ROWS, { year: 2023 }), {
      lang: 'en',
      unit: EN_UNIT,
      guidance: 'Serve the staff and the school.',
      date: { year: 2024, month: 1, day: 8 },
    });
    expect(doc).toEqual({
      type: 'plan',
      lang: 'en',
      title: '2023 Work Plan of No. 2 Middle School Trade Union',
      unit: EN_UNIT,
      blocks: [
        { kind: 'title', text: '2023 Work Plan of No. 2 Middle School Trade Union' },
        h1('I. ', 'Guiding Principles'),
        p('Serve the staff and the school.'),
        h1('II. ', 'Main Work'),
        h2('(1) ', 'Culture and sport'),
        item('1. ', 'New Year gathering.'),
        item('2. ', "Women's Day sports afternoon."),
        h2('(2) ', 'Democratic management'),
        item('1. ', 'Self-check of school affairs disclosure.'),
        item('2. ', 'Follow up the staff congress motions.'),
        h2('(3) ', 'Other work'),
        item('1. ', 'Prepare the union archive.'),
        h1('III. ', 'Schedule of Main Activities'),
        line('year_long', 'All year', 'Follow up the staff congress motions.'),
        line(1, 'January', 'New Year gathering.'),
        line(3, 'March', "1. Women's Day sports afternoon; 2. Self-check of school affairs disclosure."),
        line(11, 'November', 'Prepare the union archive.'),
        { kind: 'signature', unit: EN_UNIT, date: '8 January 2024' },
      ],
    });
  });

  it('builds an English summary', () => {
    const doc = buildDocument(makeAnalysis(EN_ROWS, { year: 2023 }), {
      type: 'summary',
      lang: 'en',
      nextSteps: 'Keep improving the staff home.',
      date: { year: 2023, month: 12, day: 29 },
    });
    expect(doc).toEqual({
      type: 'summary',
      lang: 'en',
      title: '2023 Work Summary',
      unit: null,
      blocks: [
        { kind: 'title', text: '2023 Work Summary' },
        h1('I. ', 'Completion Overview'),
        p('5 items were planned for the year: 2 done, 1 in progress, 1 not done, 1 cancelled; completion rate 40%.'),
        item('1. ', 'Culture and sport: 2 items, 2 done; completion rate 100%.'),
        item('2. ', 'Democratic management: 2 items, 0 done, 1 in progress, 1 not done; completion rate 0%.'),
        item('3. ', 'Other work: 1 item, 0 done, 1 cancelled; completion rate 0%.'),
        h1('II. ', 'Main Work'),
        h2('(1) ', 'Culture and sport'),
        item('1. ', 'New Year gathering.'),
        item('2. ', "Women's Day sports afternoon."),
        h2('(2) ', 'Democratic management'),
        item('1. ', 'Self-check of school affairs disclosure (not done).'),
        item('2. ', 'Follow up the staff congress motions (in progress).'),
        h2('(3) ', 'Other work'),
        item('1. ', 'Prepare the union archive (cancelled).'),
        h1('III. ', 'Items Not Completed'),
        item('1. ', 'Self-check of school affairs disclosure (March; owner: Wang Fang; not done).'),
        item('2. ', 'Follow up the staff congress motions (all year; in progress).'),
        item('3. ', 'Prepare the union archive (November; cancelled).'),
        h1('IV. ', 'Activities by Month'),
        line('year_long', 'All year', 'Follow up the staff congress motions (in progress).'),
        line(1, 'January', 'New Year gathering.'),
        line(3, 'March', "1. Women's Day sports afternoon; 2. Self-check of school affairs disclosure (not done)."),
        line(11, 'November', 'Prepare the union archive (cancelled).'),
        h1('V. ', 'Next Steps'),
        p('Keep improving the staff home.'),
        { kind: 'signature', unit: null, date: '29 December 2023' },
      ],
    });
  });

  it('leaves out 指导思想 and 工作目标 when not given, and renumbers the sections', () => {
    const analysis = makeAnalysis([{ month: [1], group: '文体活动', text: '元旦活动' }], { year: 2023 });
    const headings = (doc: DocModel): string[] =>
      doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.label + b.text] : []));
    expect(headings(buildDocument(analysis))).toEqual(['一、主要工作', '二、主要活动安排']);
    expect(headings(buildDocument(analysis, { goals: '提高素质。' }))).toEqual(['一、工作目标', '二、主要工作', '三、主要活动安排']);
    expect(headings(buildDocument(analysis, { guidance: '  ', goals: '提高素质。' }))).toEqual([
      '一、工作目标',
      '二、主要工作',
      '三、主要活动安排',
    ]);
    expect(headings(buildDocument(analysis, { type: 'summary', nextSteps: '再接再厉。' }))).toEqual([
      '一、工作完成情况',
      '二、主要工作',
      '三、主要活动回顾',
      '四、下一步打算',
    ]);
  });

  it('numbers groups （一）（二）… and restarts items at 1、 in each group, ungrouped items last', () => {
    const analysis = makeAnalysis([
      { month: [1], group: '文体活动', text: '元旦活动' },
      { month: [2], text: '工会例会' },
      { month: [3], group: '民主管理', text: '召开教代会' },
      { month: [4], group: '文体活动', text: '教工运动会' },
      { month: [5], group: '民主管理', text: '校务公开' },
    ]);
    expect(outline(buildDocument(analysis)).slice(0, 9)).toEqual([
      '一、主要工作',
      '（一）文体活动',
      '1、元旦活动。',
      '2、教工运动会。',
      '（二）民主管理',
      '1、召开教代会。',
      '2、校务公开。',
      '（三）其他工作',
      '1、工会例会。',
    ]);
  });

  it('puts ungrouped items into a group the user already called 其他工作', () => {
    const analysis = makeAnalysis([
      { month: [1], group: '其他工作', text: '档案整理' },
      { month: [2], text: '工会例会' },
      { month: [3], group: '文体活动', text: '教工运动会' },
    ]);
    expect(outline(buildDocument(analysis)).slice(0, 6)).toEqual([
      '一、主要工作',
      '（一）其他工作',
      '1、档案整理。',
      '2、工会例会。',
      '（二）文体活动',
      '1、教工运动会。',
    ]);
  });

  it('numbers several items of a month inside its line, and leaves out months without activities', () => {
    const analysis = makeAnalysis([
      { month: [11], text: '准备学校工会档案' },
      { month: [12], text: '校务公开自查' },
      { month: [12], text: '总结本年度工作。' },
      { month: [12], text: '迎新活动；' },
    ]);
    const lines = buildDocument(analysis).blocks.filter((b) => b.kind === 'month_line');
    expect(lines).toEqual([
      line(11, '十一月', '准备学校工会档案。'),
      line(12, '十二月', '1、校务公开自查；2、总结本年度工作；3、迎新活动。'),
    ]);
  });

  it('orders a school year from September to August and titles it 学年', () => {
    const analysis = makeAnalysis(
      [
        { month: [2], text: '寒假慰问' },
        { month: [9], text: '教师节活动' },
        { month: [12, 1], text: '迎新年联欢' },
      ],
      { year: 2023, startMonth: 9 },
    );
    const doc = buildDocument(analysis, { unit: ZH_UNIT, type: 'summary' });
    expect(doc.title).toBe('2023—2024学年××学校工会工作总结');
    expect(doc.blocks.filter((b) => b.kind === 'month_line')).toEqual([
      line(9, '九月', '教师节活动。'),
      line(12, '十二月', '迎新年联欢。'),
      line(1, '一月', '迎新年联欢。'),
      line(2, '二月', '寒假慰问。'),
    ]);
    expect(doc.blocks[2]).toEqual(p('本学年共安排工作3项，完成情况均未填写。'));
    expect(buildDocument(analysis, { lang: 'en', unit: EN_UNIT }).title).toBe(
      'Work Plan of No. 2 Middle School Trade Union for the 2023–2024 School Year',
    );
  });

  it('lists 每月 and 全年 items once, on lines of their own before the months, and an item spanning 3-4月 in both months', () => {
    const analysis = makeAnalysis([
      { month: [3, 4], text: '教工运动会' },
      { month: 'every', text: '工会例会' },
      { month: 'year', text: '送温暖工作' },
      { month: 'every', text: '更新宣传栏' },
    ]);
    expect(buildDocument(analysis).blocks.filter((b) => b.kind === 'month_line')).toEqual([
      line('every_month', '每月', '1、工会例会；2、更新宣传栏。'),
      line('year_long', '全年', '送温暖工作。'),
      line(3, '三月', '教工运动会。'),
      line(4, '四月', '教工运动会。'),
    ]);
    expect(buildDocument(analysis, { lang: 'en' }).blocks.filter((b) => b.kind === 'month_line')).toEqual([
      line('every_month', 'Every month', '1. 工会例会; 2. 更新宣传栏.'),
      line('year_long', 'All year', '送温暖工作.'),
      line(3, 'March', '教工运动会.'),
      line(4, 'April', '教工运动会.'),
    ]);
  });

  it('gives no month line to a month whose only items run every month', () => {
    const analysis = makeAnalysis([{ month: 'every', text: '工会例会' }]);
    expect(outline(buildDocument(analysis))).toEqual([
      '一、主要工作',
      '（一）其他工作',
      '1、工会例会。',
      '二、主要活动安排',
      '每月：工会例会。',
    ]);
  });

  it('marks an undecided month （待定） in 主要工作, as the reference plans do', () => {
    const analysis = makeAnalysis([{ month: 'undecided', group: '关心职工', text: '组织教师体检' }]);
    expect(outline(buildDocument(analysis))).toEqual(['一、主要工作', '（一）关心职工', '1、组织教师体检（待定）。']);
    expect(outline(buildDocument(analysis, { lang: 'en' }))).toEqual([
      'I. Main Work',
      '(1) 关心职工',
      '1. 组织教师体检 (date to be decided).',
    ]);
  });

  it('does not add 。 after sentence punctuation, and keeps items on one line', () => {
    const analysis = makeAnalysis([
      { month: [5], text: '庆祝“五一”！' },
      { month: [5], text: '是否组织春游？' },
      { month: [6], text: '他说：“好！”' },
      { month: [7], text: '暑期疗休养\n（自愿报名）' },
    ]);
    expect(outline(buildDocument(analysis)).slice(0, 6)).toEqual([
      '一、主要工作',
      '（一）其他工作',
      '1、庆祝“五一”！',
      '2、是否组织春游？',
      '3、他说：“好！”',
      '4、暑期疗休养 （自愿报名）。',
    ]);
  });

  it('titles a document without a year or a unit', () => {
    const analysis = makeAnalysis([{ month: [1], text: '元旦活动' }]);
    expect(buildDocument(analysis, { unit: ZH_UNIT }).title).toBe('××学校工会工作计划');
    expect(buildDocument(analysis).title).toBe('工作计划');
    expect(buildDocument(analysis, { type: 'summary' }).title).toBe('工作总结');
    expect(buildDocument(analysis, { lang: 'en', unit: EN_UNIT }).title).toBe('Work Plan of No. 2 Middle School Trade Union');
    expect(buildDocument(analysis, { lang: 'en', type: 'summary' }).title).toBe('Work Summary');
    expect(buildDocument(analysis, { title: '  2024年工会要点 ', unit: ZH_UNIT }).title).toBe('2024年工会要点');
  });

  it('signs with the unit alone, the date alone, or not at all', () => {
    const analysis = makeAnalysis([{ month: [1], text: '元旦活动' }], { year: 2024 });
    const signature = (doc: DocModel): DocBlock | undefined => doc.blocks.find((b) => b.kind === 'signature');
    expect(signature(buildDocument(analysis, { unit: ZH_UNIT }))).toEqual({ kind: 'signature', unit: ZH_UNIT, date: '' });
    expect(signature(buildDocument(analysis, { date: { year: 2024, month: 3, day: 5 } }))).toEqual({
      kind: 'signature',
      unit: null,
      date: '2024年3月5日',
    });
    expect(signature(buildDocument(analysis, { lang: 'en', date: { year: 2024, month: 3, day: 5 } }))).toEqual({
      kind: 'signature',
      unit: null,
      date: '5 March 2024',
    });
    expect(signature(buildDocument(analysis))).toBeUndefined();
  });

  it('appends the schedule table in period order, with the status in a summary', () => {
    const analysis = makeAnalysis(
      [
        { month: 'undecided', group: '关心职工', text: '组织教师体检', owner: '张敏' },
        { month: [3, 4], group: '文体活动', text: '教工运动会', owner: '李明', status: '已完成' },
        { month: 'year', group: '民主管理', text: '落实教代会提案' },
        { month: [10], text: '师德师风讲座' },
        { month: [1], group: '文体活动', text: '元旦活动', status: '已完成' },
        { month: 'every', text: '工会例会' },
      ],
      { year: 2024, startMonth: 9 },
    );
    const table = (doc: DocModel): DocBlock => doc.blocks[doc.blocks.length - 1];
    expect(table(buildDocument(analysis, { includeScheduleTable: true }))).toEqual({
      kind: 'table',
      caption: '附：主要活动安排表',
      columns: ['月份', '活动', '任务组', '负责人'],
      rows: [
        ['每月', '工会例会', '', ''],
        ['十月', '师德师风讲座', '', ''],
        ['一月', '元旦活动', '文体活动', ''],
        ['三月至四月', '教工运动会', '文体活动', '李明'],
        ['全年', '落实教代会提案', '民主管理', ''],
        ['待定', '组织教师体检', '关心职工', '张敏'],
      ],
    });
    expect(table(buildDocument(analysis, { includeScheduleTable: true, type: 'summary', lang: 'en' }))).toEqual({
      kind: 'table',
      caption: 'Appendix: Schedule of Activities',
      columns: ['Month', 'Activity', 'Group', 'Owner', 'Status'],
      rows: [
        ['Every month', '工会例会', '', '', ''],
        ['October', '师德师风讲座', '', '', ''],
        ['January', '元旦活动', '文体活动', '', '已完成'],
        ['March–April', '教工运动会', '文体活动', '李明', '已完成'],
        ['All year', '落实教代会提案', '民主管理', '', ''],
        ['To be decided', '组织教师体检', '关心职工', '张敏', ''],
      ],
    });
  });

  it('leaves out 未完成事项 when everything is done, and never rounds a rate up to 100%', () => {
    const rows: RowSpec[] = Array.from({ length: 200 }, (_, i) => ({
      month: [(i % 12) + 1],
      group: '文体活动',
      text: `活动${i + 1}`,
      status: '已完成',
    }));
    const allDone = buildDocument(makeAnalysis(rows), { type: 'summary' });
    expect(allDone.blocks.slice(0, 4)).toEqual([
      { kind: 'title', text: '工作总结' },
      h1('一、', '工作完成情况'),
      p('全年共安排工作200项，其中已完成200项，完成率100%。'),
      item('1、', '文体活动：共200项，其中已完成200项，完成率100%。'),
    ]);
    expect(outline(allDone).filter((t) => t.includes('未完成事项'))).toEqual([]);

    const oneLeft = buildDocument(makeAnalysis([...rows.slice(1), { ...rows[0], status: '推迟' }]), { type: 'summary' });
    expect(oneLeft.blocks[2]).toEqual(p('全年共安排工作200项，其中已完成199项，其他情况1项，完成率99%。'));
    expect(outline(oneLeft)).toContain('三、未完成事项');
    expect(outline(oneLeft)).toContain('1、活动1（一月，推迟）。');
  });

  it('gives a title alone for a schedule without activities', () => {
    expect(buildDocument(makeAnalysis([], { year: 2023 }), { type: 'summary' })).toEqual({
      type: 'summary',
      lang: 'zh',
      title: '2023年工作总结',
      unit: null,
      blocks: [{ kind: 'title', text: '2023年工作总结' }],
    });
  });

  it('turns a real sheet, through analyzeSheet, into the plan text', () => {
    const sheet = grid(
      [
        ['2023年学校工会主要活动安排表'],
        ['月份', '活动内容', '工作类别', '负责人', '完成情况'],
        ['一月', '1、元旦活动', '文体活动', '张老师', '已完成'],
        ['三月', '三八节活动', '文体活动', '李老师', '已完成'],
        [null, '（2）教代会', '民主管理', '王老师', '未完成'],
        [],
        ['3-4月', '教工运动会', '文体活动', null, '取消'],
        ['全年', '校务公开', '民主管理', null, '进行中'],
        ['待定', '组织教师体检', '关爱服务', null, null],
        ['十一月', '准备学校工会档案(教工之家)', null, null, '已完成'],
      ],
      { merges: ['A1:E1', 'A4:A5'] },
    );
    const result = analyzeSheet(sheet);
    if (!result.ok) throw new Error(`not a schedule: ${JSON.stringify(result.issues)}`);
    const I = '\u3000\u3000';
    expect(renderText(buildDocument(result.analysis, { unit: '××学校工会' }))).toBe(
      [
        '2023年××学校工会工作计划',
        '',
        '一、主要工作',
        '（一）文体活动',
        `${I}1、元旦活动。`,
        `${I}2、三八节活动。`,
        `${I}3、教工运动会。`,
        '（二）民主管理',
        `${I}1、教代会。`,
        `${I}2、校务公开。`,
        '（三）关爱服务',
        `${I}1、组织教师体检（待定）。`,
        '（四）其他工作',
        `${I}1、准备学校工会档案(教工之家)。`,
        '二、主要活动安排',
        `${I}全年：校务公开。`,
        `${I}一月：元旦活动。`,
        `${I}三月：1、三八节活动；2、教代会；3、教工运动会。`,
        `${I}四月：教工运动会。`,
        `${I}十一月：准备学校工会档案(教工之家)。`,
        '',
        '××学校工会',
        '',
      ].join('\n'),
    );
  });

  describe('properties', () => {
    const MONTHS = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 });
    const timing = fc.oneof(
      { weight: 6, arbitrary: MONTHS },
      { weight: 1, arbitrary: fc.constantFrom('every' as const, 'year' as const, 'undecided' as const) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
    const group = fc.option(fc.constantFrom('文体活动', '民主管理', '关心职工', 'Welfare', '其他工作'), { nil: null });
    const status = fc.option(fc.constantFrom('已完成', '进行中', '未完成', '取消', '推迟'), { nil: null });
    const settings = fc.record({
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
      startMonth: fc.integer({ min: 1, max: 12 }),
    });

    it('lists every item exactly once in 主要工作, with the user text as typed', () => {
      // Any characters but line breaks; a unique prefix tells the items apart.
      const text = fc.string({ unit: fc.constantFrom(...'活动*_#<[`|\\。；！？.;&-+1 五a'.split('')), maxLength: 12 });
      const rows = fc.array(fc.record({ month: timing, group, status, text }), { maxLength: 30 });
      fc.assert(
        fc.property(rows, settings, fc.constantFrom('plan' as const, 'summary' as const), (specs, period, type) => {
          const named = specs.map((s, i) => ({ ...s, text: `事项${i}号${s.text}`.trim() }));
          const lines = renderText(buildDocument(makeAnalysis(named, period), { type })).split('\n');
          const start = lines.findIndex((l) => /^[一二三四五六七八九十]+、主要工作$/.test(l));
          const end = lines.findIndex((l, i) => i > start && /^[一二三四五六七八九十]+、/.test(l));
          const section = start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end);
          const items = section.filter((l) => l.startsWith('\u3000\u3000'));
          expect(items).toHaveLength(named.length);
          for (const [i, spec] of named.entries()) {
            const found = items.filter((l) => new RegExp(`^\u3000\u3000\\d+、事项${i}号`).test(l));
            expect(found).toHaveLength(1);
            // The user's text, then only the notes and the full stop the document adds.
            const rest = found[0].replace(/^\u3000\u3000\d+、/, '');
            const body = spec.text.replace(/[。；;.，,、：:\s]+$/u, '');
            expect(rest.startsWith(body)).toBe(true);
            expect(rest.slice(body.length)).toMatch(/^[。；;.，,、：:\s]*(（[^（）]*）)?[。；;.！？!?…]?$/u);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('lists every (item, month) pair exactly once in the month lines, 每月 and 全年 items once on their own lines first', () => {
      const rows = fc.array(fc.record({ month: timing, group, status }), { maxLength: 30 });
      fc.assert(
        fc.property(rows, settings, fc.constantFrom('plan' as const, 'summary' as const), (specs, period, type) => {
          const analysis = makeAnalysis(
            specs.map((s, i) => ({ ...s, text: `活动${i}号` })),
            period,
          );
          const doc = buildDocument(analysis, { type });
          const seen: string[] = [];
          const order: number[] = [];
          for (const block of doc.blocks) {
            if (block.kind !== 'month_line') continue;
            const month = block.month;
            order.push(month === 'every_month' ? -2 : month === 'year_long' ? -1 : analysis.period.months.indexOf(month));
            const parts = block.text.replace(/。$/, '').split('；');
            parts.forEach((part, k) => {
              const m = /^(\d+、)?活动(\d+)号(（[^（）]*）)?$/.exec(part);
              expect(m).not.toBeNull();
              expect(m![1]).toBe(parts.length > 1 ? `${k + 1}、` : undefined);
              seen.push(`${m![2]}@${block.month}`);
            });
          }
          const expected = analysis.activities.flatMap((a, i) =>
            a.timing === 'every_month' || a.timing === 'year_long' ? [`${i}@${a.timing}`] : a.months.map((month) => `${i}@${month}`),
          );
          expect([...seen].sort()).toEqual([...expected].sort());
          expect(order).toEqual([...order].sort((x, y) => x - y));
        }),
        { numRuns: 200 },
      );
    });
  });
});
