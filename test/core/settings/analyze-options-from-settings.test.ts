import { analyzeOptionsFromSettings } from '../../../src/core/settings/analyze-options-from-settings';

describe('analyzeOptionsFromSettings', () => {
  it('passes on the period and column overrides and nothing else', () => {
    expect(
      analyzeOptionsFromSettings({
        sheet: 'S',
        year: 2024,
        startMonth: 9,
        exempt: [1, 2],
        columns: { month: 'B', activity: 'D' },
        unit: 'U',
      }),
    ).toEqual({ year: 2024, startMonth: 9, exempt: [1, 2], columns: { month: 'B', activity: 'D' } });
  });

  it('leaves out a year of null so that the year is inferred', () => {
    expect(analyzeOptionsFromSettings({ year: null, startMonth: 1 })).toEqual({ startMonth: 1 });
  });

  it('leaves out empty column overrides', () => {
    expect(analyzeOptionsFromSettings({ columns: { month: '' } })).toEqual({});
  });

  it('keeps an empty exempt list, which clears exemptions', () => {
    expect(analyzeOptionsFromSettings({ exempt: [] })).toEqual({ exempt: [] });
  });
});
