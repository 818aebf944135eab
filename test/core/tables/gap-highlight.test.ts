import { gapHighlight } from '../../../src/core/tables/gap-highlight';
import { recordOutputs } from '../../../src/core/settings/record-outputs';

describe('gapHighlight', () => {
  it('marks the rows whose cell in the column holds the text, quotes doubled, in Excel’s light red', () => {
    expect(gapHighlight(27, 'a"b')).toEqual({ formula: '$AB2="a""b"', fill: 'FFC7CE', font: '9C0006' });
  });
});

describe('recordOutputs', () => {
  it('records the sheets written as ours and keeps every other setting', () => {
    const targets = [
      { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work', replace: false },
      { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', replace: true },
    ] as const;
    expect(recordOutputs({ unit: '工会', outputs: [{ key: 'monthly', sheet: '旧', table: 'T' }] }, targets)).toEqual({
      unit: '工会',
      outputs: [
        { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work' },
        { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage' },
      ],
    });
  });
});
