import { lostPartLabel } from '../../src/core/lost-part-label';

describe('lostPartLabel', () => {
  it('names each kind once, in Chinese and in English', () => {
    expect([lostPartLabel(['charts', 'pivot_tables', 'charts'], 'zh'), lostPartLabel(['charts', 'drawings'], 'en')]).toEqual([
      '图表、数据透视表',
      'charts, shapes and text boxes',
    ]);
  });
});
