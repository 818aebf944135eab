import { uiStrings } from '../../../src/core/words/pane-words';

describe('uiStrings', () => {
  it('says what was written where, in both languages', () => {
    const report = {
      sheets: [
        { key: 'work' as const, sheet: '主要工作', table: 'PlanSheet_Work', rows: 12, replaced: true },
        { key: 'monthly' as const, sheet: '月度安排 (2)', table: 'PlanSheet_Monthly', rows: 1, replaced: false },
      ],
    };
    expect([uiStrings('zh').writeReport(report), uiStrings('en').writeReport(report)]).toEqual([
      '已写入：“主要工作”（12 行，已更新）、“月度安排 (2)”（1 行）。',
      'Written: “主要工作” (12 rows, updated), “月度安排 (2)” (1 row).',
    ]);
  });

  it('names the period of a calendar and a school year', () => {
    const school = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
    expect([
      uiStrings('zh').periodCaption(2024, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      uiStrings('zh').periodCaption(2024, school),
      uiStrings('en').periodCaption(2024, school),
      uiStrings('zh').periodCaption(null, school),
    ]).toEqual(['2024年', '2024年9月至2025年8月', 'Sep 2024 to Aug 2025', '9月至8月（年度未知）']);
  });

  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(uiStrings('en')).sort()).toEqual(Object.keys(uiStrings('zh')).sort());
  });
});
