import fc from 'fast-check';
import { escapeMarkdown } from '../../../src/core/document/escape-markdown';
import { buildDocument } from '../../../src/core/document/build-document';
import { renderMarkdown } from '../../../src/core/document/render-markdown';
import { renderText } from '../../../src/core/document/render-text';
import type { DocModel } from '../../../src/core/document/doc-model';
import { makeAnalysis, type RowSpec } from '../../helpers/make-analysis';

/** What a CommonMark reader shows for escaped text: a backslash before ASCII punctuation disappears. */
const unescape = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const ZH_ROWS: RowSpec[] = [
  { month: [1], group: '文体活动', text: '元旦活动', owner: '李明', status: '已完成' },
  { month: [3, 4], group: '文体活动', text: '教工运动会', owner: '李明', status: '未完成' },
  { month: [3], group: '民主管理', text: '召开五届五次教职工代表大会', owner: '王芳', status: '已完成' },
];

describe('renderMarkdown', () => {
  it('renders a Chinese plan: headings by level, items and month lines as paragraphs, a GFM table', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2024 }), {
      unit: '××学校工会',
      guidance: '以党的二十大精神为指导。',
      date: { year: 2024, month: 1, day: 8 },
      includeScheduleTable: true,
    });
    expect(renderMarkdown(doc)).toBe(
      [
        '# 2024年××学校工会工作计划',
        '## 一、指导思想',
        '以党的二十大精神为指导。',
        '## 二、主要工作',
        '### （一）文体活动',
        '1、元旦活动。',
        '2、教工运动会。',
        '### （二）民主管理',
        '1、召开五届五次教职工代表大会。',
        '## 三、主要活动安排',
        '一月：元旦活动。',
        '三月：1、教工运动会；2、召开五届五次教职工代表大会。',
        '四月：教工运动会。',
        '××学校工会',
        '2024年1月8日',
        '附：主要活动安排表',
        [
          '| 月份 | 活动 | 任务组 | 负责人 |',
          '| --- | --- | --- | --- |',
          '| 一月 | 元旦活动 | 文体活动 | 李明 |',
          '| 三月至四月 | 教工运动会 | 文体活动 | 李明 |',
          '| 三月 | 召开五届五次教职工代表大会 | 民主管理 | 王芳 |',
        ].join('\n'),
      ].join('\n\n') + '\n',
    );
  });

  it('gives the 每月 and 全年 lines a paragraph each, before the month lines', () => {
    const rows: RowSpec[] = [
      { month: 'every', text: '工会委员例会' },
      { month: 'year', text: '校务*公开*' },
      { month: [3], text: '三八节活动' },
    ];
    expect(renderMarkdown(buildDocument(makeAnalysis(rows)))).toBe(
      [
        '# 工作计划',
        '## 一、主要工作',
        '### （一）其他工作',
        '1、工会委员例会。',
        '2、校务\\*公开\\*。',
        '3、三八节活动。',
        '## 二、主要活动安排',
        '每月：工会委员例会。',
        '全年：校务\\*公开\\*。',
        '三月：三八节活动。',
      ].join('\n\n') + '\n',
    );
  });

  it('renders a Chinese summary', () => {
    const doc = buildDocument(makeAnalysis(ZH_ROWS, { year: 2024 }), { type: 'summary' });
    expect(renderMarkdown(doc)).toBe(
      [
        '# 2024年工作总结',
        '## 一、工作完成情况',
        '全年共安排工作3项，其中已完成2项，未完成1项，完成率67%。',
        '1、文体活动：共2项，其中已完成1项，未完成1项，完成率50%。',
        '2、民主管理：共1项，其中已完成1项，完成率100%。',
        '## 二、主要工作',
        '### （一）文体活动',
        '1、元旦活动。',
        '2、教工运动会（未完成）。',
        '### （二）民主管理',
        '1、召开五届五次教职工代表大会。',
        '## 三、未完成事项',
        '1、教工运动会（三月至四月，负责人：李明，未完成）。',
        '## 四、主要活动回顾',
        '一月：元旦活动。',
        '三月：1、教工运动会（未完成）；2、召开五届五次教职工代表大会。',
        '四月：教工运动会（未完成）。',
      ].join('\n\n') + '\n',
    );
  });

  it('renders an English plan whose 1. items never become a renumbered list', () => {
    const doc = buildDocument(
      makeAnalysis(
        [
          { month: [1], group: 'Culture and sport', text: 'New Year gathering' },
          { month: [1], group: 'Culture and sport', text: 'Winter walk' },
        ],
        { year: 2024 },
      ),
      { lang: 'en', guidance: '1. Serve the staff\n- and the school\n+ always\n2024) a year of care' },
    );
    expect(renderMarkdown(doc)).toBe(
      [
        '# 2024 Work Plan',
        '## I. Guiding Principles',
        '1\\. Serve the staff',
        '\\- and the school',
        '\\+ always',
        '2024\\) a year of care',
        '## II. Main Work',
        '### (1) Culture and sport',
        '1\\. New Year gathering.',
        '2\\. Winter walk.',
        '## III. Schedule of Main Activities',
        'January: 1. New Year gathering; 2. Winter walk.',
      ].join('\n\n') + '\n',
    );
  });

  it('renders an English summary', () => {
    const doc = buildDocument(
      makeAnalysis([{ month: [5], group: 'Welfare', text: 'Health check', owner: 'Zhang Min', status: '进行中' }], { year: 2024 }),
      { type: 'summary', lang: 'en', unit: 'Staff Union', nextSteps: 'Finish the health check.' },
    );
    expect(renderMarkdown(doc)).toBe(
      [
        '# 2024 Work Summary of Staff Union',
        '## I. Completion Overview',
        '1 item was planned for the year: 0 done, 1 in progress; completion rate 0%.',
        '1\\. Welfare: 1 item, 0 done, 1 in progress; completion rate 0%.',
        '## II. Main Work',
        '### (1) Welfare',
        '1\\. Health check (in progress).',
        '## III. Items Not Completed',
        '1\\. Health check (May; owner: Zhang Min; in progress).',
        '## IV. Activities by Month',
        'May: Health check (in progress).',
        '## V. Next Steps',
        'Finish the health check.',
        'Staff Union',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes user text so that markup, HTML and table pipes show literally', () => {
    const doc = buildDocument(
      makeAnalysis([
        { month: [1], group: '*重点* 工作', text: '<script>alert(1)</script>' },
        { month: [2], group: '*重点* 工作', text: '[链接](http://example.com) `代码` a|b' },
        { month: [2], text: '# 不是标题 &amp; _下划线_ ~~删除~~ \\反斜杠' },
      ]),
      { includeScheduleTable: true },
    );
    expect(renderMarkdown(doc)).toBe(
      [
        '# 工作计划',
        '## 一、主要工作',
        '### （一）\\*重点\\* 工作',
        '1、\\<script\\>alert(1)\\</script\\>。',
        '2、\\[链接\\](http://example.com) \\`代码\\` a\\|b。',
        '### （二）其他工作',
        '1、\\# 不是标题 \\&amp; \\_下划线\\_ \\~\\~删除\\~\\~ \\\\反斜杠。',
        '## 二、主要活动安排',
        '一月：\\<script\\>alert(1)\\</script\\>。',
        '二月：1、\\[链接\\](http://example.com) \\`代码\\` a\\|b；2、\\# 不是标题 \\&amp; \\_下划线\\_ \\~\\~删除\\~\\~ \\\\反斜杠。',
        '附：主要活动安排表',
        [
          '| 月份 | 活动 | 任务组 | 负责人 |',
          '| --- | --- | --- | --- |',
          '| 一月 | \\<script\\>alert(1)\\</script\\> | \\*重点\\* 工作 |  |',
          '| 二月 | \\[链接\\](http://example.com) \\`代码\\` a\\|b | \\*重点\\* 工作 |  |',
          '| 二月 | \\# 不是标题 \\&amp; \\_下划线\\_ \\~\\~删除\\~\\~ \\\\反斜杠 |  |  |',
        ].join('\n'),
      ].join('\n\n') + '\n',
    );
  });

  it('gives a hand-made table as many cells per row as columns, and one paragraph per line', () => {
    const doc: DocModel = {
      type: 'plan',
      lang: 'zh',
      title: '计划',
      unit: null,
      blocks: [
        { kind: 'title', text: '计划' },
        { kind: 'heading', level: 4, label: '（1）', text: '提案\n工作' },
        { kind: 'paragraph', text: '第一段。\n\n      第二段（缩进）。' },
        {
          kind: 'table',
          caption: '附表',
          columns: ['月份', '活动', '负责人'],
          rows: [
            ['一月', '元旦\n活动'],
            ['二月', 'a', 'b', 'c'],
          ],
        },
      ],
    };
    expect(renderMarkdown(doc)).toBe(
      [
        '# 计划',
        '##### （1）提案 工作',
        '第一段。',
        '第二段（缩进）。',
        '附表',
        '| 月份 | 活动 | 负责人 |\n| --- | --- | --- |\n| 一月 | 元旦 活动 |  |\n| 二月 | a | b |',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes so that removing the escapes gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'*_#<>[]`|\\~&-+.)1 \n　a中'.split('')), maxLength: 30 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescape(escaped)).toBe(text);
        // No markup character is left unescaped.
        expect(escaped.replace(/\\[\s\S]/g, '')).not.toMatch(/[*_<>[\]`|~&]/);
        // Nor does any line start a list (CommonMark indents with spaces and tabs only).
        for (const line of escaped.split('\n')) expect(line).not.toMatch(/^[ \t]*(?:[-+]|\d{1,9}[.)])/);
      }),
      { numRuns: 500 },
    );
  });

  it('shows every line of the plain text, unescaped, for any user text', () => {
    const text = fc.string({ unit: fc.constantFrom(...'*_#<>[]`|\\~&-+.)1 \n　a中。'.split('')), maxLength: 15 });
    const rows = fc.array(
      fc.record({
        month: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
        group: fc.option(text, { nil: null }),
        text,
        owner: fc.option(text, { nil: null }),
        status: fc.option(fc.constantFrom('已完成', '未完成', '*推迟*'), { nil: null }),
      }),
      { maxLength: 12 },
    );
    const options = fc.record({
      type: fc.constantFrom('plan' as const, 'summary' as const),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      unit: text,
      guidance: text,
      nextSteps: text,
    });
    fc.assert(
      fc.property(rows, options, (specs, opts) => {
        const doc = buildDocument(makeAnalysis(specs.map((s) => ({ ...s, text: `x${s.text}` }))), opts);
        const md = renderMarkdown(doc);
        expect(md.replace(/\\[\s\S]/g, '')).not.toMatch(/[*_<>[\]`|~&]/);
        const shown = md
          .trimEnd()
          .split('\n\n')
          .map((para) => unescape(para.replace(/^#{1,6} /, '')));
        const lines = renderText(doc)
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => l.replace(/^\u3000\u3000/, ''));
        expect(shown).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  });
});
