import { MAX_CELL_TEXT, oversizedSetting } from '../../../src/core/settings/oversized-setting';
import { settingsToRows } from '../../../src/core/settings/plan-settings';

describe('oversizedSetting', () => {
  it('finds the first setting whose stored text is longer than a cell holds', () => {
    const fits = settingsToRows({ unit: '××学校工会', goals: '目'.repeat(MAX_CELL_TEXT - 2) });
    const over = settingsToRows({ unit: '××学校工会', guidance: '坚持'.repeat(20_000), goals: '目'.repeat(40_000) });
    // The JSON text is what the cell holds: quotes, and escapes such as \n, count.
    const escaped = settingsToRows({ title: '\n'.repeat(16_383) });
    expect([oversizedSetting(fits), oversizedSetting(over), oversizedSetting(escaped)]).toEqual([
      null,
      { key: 'guidance', length: 40_002 },
      { key: 'title', length: 32_768 },
    ]);
  });
});
