import fc from 'fast-check';
import { buildDocument } from '../../../src/core/document/build-document';
import { renderText } from '../../../src/core/document/render-text';
import type { DocModel } from '../../../src/core/document/doc-model';
import { makeAnalysis, type RowSpec } from '../../helpers/make-analysis';

const ZH_ROWS: RowSpec[] = [
  { month: [1], group: '文体活动', text: '元旦活动', owner: '李明', status: '已完成' },
  { month: [3, 4], group: '文体活动', text: '教工运动会', owner: '李明', status: '未完成' },
  { month: [3], group: '民主管理', text: '召开五届五次教职工代表大会', owner: '王芳', status: '已完成' },
  { month: 'every', text: '工会委员例会', status: '已完成' },
];

const EN_ROWS: RowSpec[] = [
  { month: [1], group: 'Culture and sport', text: 'New Year gathering', owner: 'Li Ming', status: '已完成' },
  { month: [3, 4], group: 'Culture and sport', text: 'Staff sports day', owner: 'Li Ming', status: '未完成' },
  { month: [3], group: 'Democratic management', text: 'Staff congress', owner: 'Wang Fang', status: '已完成' },
];

const I = '\u3000\u3000';

describe('renderText', () => {
  it('renders a Chinese plan with full-width indents, the signature and the table', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2024, startMonth: 9, exempt: [7, 8] }), {
      unit: '××学校工会',
      guidance: '以党的二十大精神为指导。\n围绕学校中心工作。',
      date: { year: 2024, month: 9, day: 2 },
      includeScheduleTable: true,
    });
    expect(renderText(doc)).toBe(
      [
        '2024—2025学年××学校工会工作计划',
        '',
        '一、指导思想',
        `${I}以党的二十大精神为指导。`,
        `${I}围绕学校中心工作。`,
        '二、主要工作',
        '（一）文体活动',
        `${I}1、元旦活动。`,
        `${I}2、教工运动会。`,
        '（二）民主管理',
        `${I}1、召开五届五次教职工代表大会。`,
        '（三）其他工作',
        `${I}1、工会委员例会。`,
        '三、主要活动安排',
        `${I}每月：工会委员例会。`,
        `${I}一月：元旦活动。`,
        `${I}三月：1、教工运动会；2、召开五届五次教职工代表大会。`,
        `${I}四月：教工运动会。`,
        '',
        '××学校工会',
        '2024年9月2日',
        '',
        '附：主要活动安排表',
        '月份\t活动\t任务组\t负责人',
        '每月\t工会委员例会\t\t',
        '一月\t元旦活动\t文体活动\t李明',
        '三月至四月\t教工运动会\t文体活动\t李明',
        '三月\t召开五届五次教职工代表大会\t民主管理\t王芳',
        '',
      ].join('\n'),
    );
  });

  it('renders a Chinese summary', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2024 }), { type: 'summary', unit: '××学校工会' });
    expect(renderText(doc)).toBe(
      [
        '2024年××学校工会工作总结',
        '',
        '一、工作完成情况',
        `${I}全年共安排工作4项，其中已完成3项，未完成1项，完成率75%。`,
        `${I}1、文体活动：共2项，其中已完成1项，未完成1项，完成率50%。`,
        `${I}2、民主管理：共1项，其中已完成1项，完成率100%。`,
        `${I}3、其他工作：共1项，其中已完成1项，完成率100%。`,
        '二、主要工作',
        '（一）文体活动',
        `${I}1、元旦活动。`,
        `${I}2、教工运动会（未完成）。`,
        '（二）民主管理',
        `${I}1、召开五届五次教职工代表大会。`,
        '（三）其他工作',
        `${I}1、工会委员例会。`,
        '三、未完成事项',
        `${I}1、教工运动会（三月至四月，负责人：李明，未完成）。`,
        '四、主要活动回顾',
        `${I}每月：工会委员例会。`,
        `${I}一月：元旦活动。`,
        `${I}三月：1、教工运动会（未完成）；2、召开五届五次教职工代表大会。`,
        `${I}四月：教工运动会（未完成）。`,
        '',
        '××学校工会',
        '',
      ].join('\n'),
    );
  });

  it('renders an English plan without the full-width indent', () => {
    const doc = buildDocument(makeAnalysis(EN_ROWS, { year: 2024 }), {
      lang: 'en',
      goals: 'Every member takes part in at least one activity.',
      date: { year: 2024, month: 1, day: 8 },
    });
    expect(renderText(doc)).toBe(
      [
        '2024 Work Plan',
        '',
        'I. Objectives',
        'Every member takes part in at least one activity.',
        'II. Main Work',
        '(1) Culture and sport',
        '1. New Year gathering.',
        '2. Staff sports day.',
        '(2) Democratic management',
        '1. Staff congress.',
        'III. Schedule of Main Activities',
        'January: New Year gathering.',
        'March: 1. Staff sports day; 2. Staff congress.',
        'April: Staff sports day.',
        '',
        '8 January 2024',
        '',
      ].join('\n'),
    );
  });

  it('renders an English summary', () => {
    const doc = buildDocument(makeAnalysis(EN_ROWS, { year: 2024 }), {
      type: 'summary',
      lang: 'en',
      unit: 'No. 2 Middle School Trade Union',
      nextSteps: 'Hold the sports day in the autumn.',
    });
    expect(renderText(doc)).toBe(
      [
        '2024 Work Summary of No. 2 Middle School Trade Union',
        '',
        'I. Completion Overview',
        '3 items were planned for the year: 2 done, 1 not done; completion rate 67%.',
        '1. Culture and sport: 2 items, 1 done, 1 not done; completion rate 50%.',
        '2. Democratic management: 1 item, 1 done; completion rate 100%.',
        'II. Main Work',
        '(1) Culture and sport',
        '1. New Year gathering.',
        '2. Staff sports day (not done).',
        '(2) Democratic management',
        '1. Staff congress.',
        'III. Items Not Completed',
        '1. Staff sports day (March–April; owner: Li Ming; not done).',
        'IV. Activities by Month',
        'January: New Year gathering.',
        'March: 1. Staff sports day (not done); 2. Staff congress.',
        'April: Staff sports day (not done).',
        'V. Next Steps',
        'Hold the sports day in the autumn.',
        '',
        'No. 2 Middle School Trade Union',
        '',
      ].join('\n'),
    );
  });

  it('keeps every line of a hand-made model a line of its own, and table cells free of tabs', () => {
    const doc: DocModel = {
      type: 'plan',
      lang: 'zh',
      title: '计划\n草稿',
      unit: null,
      blocks: [
        { kind: 'title', text: '计划\n草稿' },
        { kind: 'heading', level: 3, label: '1.', text: '教代会\n提案' },
        { kind: 'paragraph', text: '第一段。\n\n  第二段。' },
        { kind: 'signature', unit: null, date: '2024年1月8日' },
        { kind: 'table', caption: '附表', columns: ['月份', '活动'], rows: [['一月', '元旦\t活动\n（全体）']] },
      ],
    };
    expect(renderText(doc)).toBe(
      [
        '计划 草稿',
        '',
        '1.教代会 提案',
        `${I}第一段。`,
        `${I}第二段。`,
        '',
        '2024年1月8日',
        '',
        '附表',
        '月份\t活动',
        '一月\t元旦 活动 （全体）',
        '',
      ].join('\n'),
    );
  });

  it('never throws on any text, and gives every block exactly one line, body blocks indented in Chinese', () => {
    const text = fc.string({ maxLength: 20 });
    const rows = fc.array(
      fc.record({ month: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }), group: fc.option(text, { nil: null }), text }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(rows, fc.constantFrom('zh' as const, 'en' as const), (specs, lang) => {
        const doc = buildDocument(makeAnalysis(specs.map((s) => ({ ...s, text: `x${s.text}` }))), { lang, type: 'summary' });
        const lines = renderText(doc).split('\n');
        // The blank line after the title, and the empty string after the final line break.
        expect(lines).toHaveLength(doc.blocks.length + 2);
        const body = doc.blocks.filter((b) => b.kind === 'item' || b.kind === 'month_line' || b.kind === 'paragraph');
        expect(lines.filter((l) => l.startsWith(I))).toHaveLength(lang === 'zh' ? body.length : 0);
      }),
      { numRuns: 200 },
    );
  });
});
