import { chooseOutputNames } from '../../src/core/choose-output-names';
import type { SheetSpec } from '../../src/core/types';

const spec = (key: SheetSpec['key'], name: string, tableName: string): SheetSpec => ({ key, name, tableName, columns: [], rows: [] });
const SPECS = [spec('work', '主要工作', 'PlanSheet_Work'), spec('monthly', '月度安排', 'PlanSheet_Monthly')];

describe('chooseOutputNames', () => {
  it('gives a table another name where a defined name or a user’s table holds ours', () => {
    const inventory = { sheets: ['主要工作'], tables: { 数据: ['plansheet_monthly'] }, names: ['PLANSHEET_WORK', 'PlanSheet_Work_2'] };
    const targets = chooseOutputNames(SPECS, inventory, {});
    expect(targets).toEqual([
      { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work_3', replace: false },
      { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly_2', replace: false },
    ]);
  });
});
