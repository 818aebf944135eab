import fc from 'fast-check';
import { keepOutputs } from '../../../src/core/settings/keep-outputs';
import { mergeSettings } from '../../../src/core/settings/merge-settings';
import { recordOutputs } from '../../../src/core/settings/record-outputs';
import type { PlanSettings } from '../../../src/core/settings/plan-settings';

const output = fc.record({
  key: fc.constantFrom('work' as const, 'monthly' as const, 'coverage' as const),
  sheet: fc.string(),
  table: fc.string(),
});
const settings: fc.Arbitrary<PlanSettings> = fc.record(
  {
    unit: fc.string(),
    sheet: fc.string(),
    year: fc.option(fc.integer({ min: 1900, max: 2199 })),
    outputs: fc.array(output, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('keepOutputs', () => {
  it('keeps the stored outputs over the ones a save brings', () => {
    const outputs = [{ key: 'work' as const, sheet: '主要工作', table: 'PlanSheet_Work' }];
    expect(keepOutputs({ unit: '旧', outputs }, { unit: '新', outputs: [] })).toEqual({ unit: '新', outputs });
  });

  it('drops outputs a save brings when none are stored', () => {
    expect(keepOutputs({ unit: '旧' }, { unit: '新', outputs: [{ key: 'work', sheet: '备注', table: 'T' }] })).toEqual({ unit: '新' });
  });

  it('keeps outputs that the save leaves out', () => {
    const outputs = [{ key: 'coverage' as const, sheet: '覆盖检查', table: 'PlanSheet_Coverage' }];
    expect(keepOutputs({ outputs }, { title: '工作计划' })).toEqual({ title: '工作计划', outputs });
  });

  it('gives every other setting as the save has it and the outputs as stored, whatever both hold', () => {
    fc.assert(
      fc.property(settings, settings, (stored, next) => {
        const { outputs: _dropped, ...rest } = next;
        expect(keepOutputs(stored, next)).toEqual(stored.outputs === undefined ? rest : { ...rest, outputs: stored.outputs });
      }),
    );
  });

  it('is what mergeSettings saves: the outputs stay as stored whatever the edits say', () => {
    fc.assert(
      fc.property(settings, settings, (stored, edits) => {
        expect(mergeSettings(stored, edits).outputs).toEqual(stored.outputs);
      }),
    );
  });
});

describe('recordOutputs', () => {
  it('names the sheets and tables just written, and only those', () => {
    const stored: PlanSettings = { unit: '工会', outputs: [{ key: 'work', sheet: '旧表', table: 'Old' }] };
    expect(recordOutputs(stored, [{ key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' }])).toEqual({
      unit: '工会',
      outputs: [{ key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly' }],
    });
  });
});
