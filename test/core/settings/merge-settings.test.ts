import { mergeSettings } from '../../../src/core/settings/merge-settings';

describe('mergeSettings', () => {
  it('puts the edits over what is stored but never touches outputs', () => {
    const outputs = [{ key: 'work' as const, sheet: '主要工作', table: 'PlanSheet_Work' }];
    expect(mergeSettings({ unit: '旧', goals: 'g', outputs }, { unit: '新', year: null, outputs: [] })).toEqual({
      unit: '新',
      goals: 'g',
      year: null,
      outputs,
    });
  });

  it('keeps stored values the edits do not mention', () => {
    expect(mergeSettings({ sheet: 'S', exempt: [7, 8] }, { title: undefined, startMonth: 9 })).toEqual({
      sheet: 'S',
      exempt: [7, 8],
      startMonth: 9,
    });
  });
});
