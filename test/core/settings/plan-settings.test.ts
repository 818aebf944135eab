import { settingsFromRows, settingsToRows, type PlanSettings } from '../../../src/core/settings/plan-settings';
import { SETTING_FIELDS } from '../../../src/core/settings/setting-fields';

const FULL: Required<PlanSettings> = {
  sheet: '活动安排',
  columns: { month: 'B', owner: 'AD' },
  year: 2024,
  startMonth: 9,
  exempt: [7, 8],
  docType: 'summary',
  title: '2024年工会工作总结',
  unit: '××学校工会',
  guidance: '以党的二十大精神为指导。',
  goals: '建设职工之家。',
  nextSteps: '继续办好实事。',
  outputs: [{ key: 'work', sheet: '主要工作', table: 'PlanSheet_Work' }],
};

describe('settingsToRows / settingsFromRows', () => {
  it('gives back every field the schema describes, and the outputs', () => {
    expect(Object.keys(FULL).sort()).toEqual([...Object.keys(SETTING_FIELDS), 'outputs'].sort());
    expect(settingsFromRows(settingsToRows(FULL))).toEqual(FULL);
  });

  it('drops each field whose stored value is not of its kind, and keys nobody knows', () => {
    const rows: [string, string][] = [
      ['plansheet-settings', '1'],
      ['sheet', '7'],
      ['columns', '"B"'],
      ['year', '2024.5'],
      ['startMonth', '13'],
      ['exempt', '[7,"8"]'],
      ['docType', '"report"'],
      ['title', 'null'],
      ['unit', '["工会"]'],
      ['guidance', '{'],
      ['toString', '"x"'],
      ['outputs', '{}'],
      ['goals', '"留下"'],
    ];
    expect(settingsFromRows(rows)).toEqual({ goals: '留下' });
  });

  it('keeps a year from 1900 to 2199, and null for "work it out from the sheet"', () => {
    const years = [1899, 1900, 2199, 2200, null].map((year) => settingsFromRows(settingsToRows({ year })).year);
    expect(years).toEqual([undefined, 1900, 2199, undefined, null]);
  });

  it('keeps only the column letters of known fields', () => {
    expect(
      settingsFromRows([
        ['plansheet-settings', '1'],
        ['columns', '{"month":"B","owner":"b1","colour":"C"}'],
      ]),
    ).toEqual({ columns: { month: 'B' } });
  });
});
