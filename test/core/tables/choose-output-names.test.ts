import { chooseOutputNames } from '../../../src/core/tables/choose-output-names';
import type { SheetSpec } from '../../../src/core/tables/sheet-spec';

const spec = (key: SheetSpec['key'], name: string, tableName: string): SheetSpec => ({
  key,
  name,
  tableName,
  columns: [],
  rows: [],
  tableStyle: 'TableStyleMedium2',
});
const SPECS = [spec('work', '主要工作', 'PlanSheet_Work'), spec('coverage', '覆盖检查', 'PlanSheet_Coverage')];

describe('chooseOutputNames', () => {
  it('keeps table names clear of defined names, whatever their case (one namespace in Excel)', () => {
    expect(chooseOutputNames(SPECS, { sheets: ['活动安排'], tables: {}, definedNames: ['planSheet_work', '活动区域'] }, {})).toEqual([
      { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work_2', replace: false },
      { key: 'coverage', sheet: '覆盖检查', table: 'PlanSheet_Coverage', replace: false },
    ]);
  });

  it('gives a table another name where a defined name or a user’s table holds ours', () => {
    const specs = [spec('work', '主要工作', 'PlanSheet_Work'), spec('monthly', '月度安排', 'PlanSheet_Monthly')];
    const inventory = {
      sheets: ['主要工作'],
      tables: { 数据: ['plansheet_monthly'] },
      definedNames: ['PLANSHEET_WORK', 'PlanSheet_Work_2'],
    };
    expect(chooseOutputNames(specs, inventory, {})).toEqual([
      { key: 'work', sheet: '主要工作 (2)', table: 'PlanSheet_Work_3', replace: false },
      { key: 'monthly', sheet: '月度安排', table: 'PlanSheet_Monthly_2', replace: false },
    ]);
  });

  it('replaces only sheets the settings call ours that still hold our table, and names around the user’s', () => {
    const outputs = [{ key: 'work' as const, sheet: '主要工作', table: 'PlanSheet_Work' }];
    const inventory = { sheets: ['主要工作', '覆盖检查'], tables: { 主要工作: ['PlanSheet_Work'], 覆盖检查: ['PlanSheet_Coverage'] } };
    expect(chooseOutputNames(SPECS, inventory, { outputs })).toEqual([
      { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', replace: true },
      { key: 'coverage', sheet: '覆盖检查 (2)', table: 'PlanSheet_Coverage_2', replace: false },
    ]);
  });
});
