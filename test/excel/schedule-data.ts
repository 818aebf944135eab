/** Schedule sheets and plan specs for the adapter tests. */
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import type { Grid } from '../../src/core/sheet/grid';
import type { SheetSpec } from '../../src/core/tables/sheet-spec';
import type { SetupValue } from '../fakes/excel-fake';

export const SOURCE = '活动安排';
export const HEADERS = ['月份', '工作内容', '工作类别', '负责人', '完成情况'];
const GROUPS = ['思想政治建设', '民主管理', '职工文体活动', '关爱帮扶', '工会自身建设'];
const OWNERS = ['王芳', '李明', '张伟', '刘洋', '陈静', '杨帆', '赵磊'];
const STATUS = ['已完成', '进行中', '未开展'];

/** A title row, the header row and `count` activities of ordinary Chinese text. */
export function scheduleRows(count: number): SetupValue[][] {
  const rows: SetupValue[][] = [['2024年工会活动安排表', null, null, null, null], [...HEADERS]];
  for (let i = 0; i < count; i++) {
    rows.push([
      `${(i % 12) + 1}月`,
      `组织全体教职工开展第${i + 1}次学习贯彻工会精神专题活动并认真做好记录与总结`,
      GROUPS[i % GROUPS.length],
      OWNERS[i % OWNERS.length],
      STATUS[i % STATUS.length],
    ]);
  }
  return rows;
}

/** What the task pane does with a grid before building: analyse it and describe the plan sheets. */
export function specsFor(grid: Grid): SheetSpec[] {
  const result = analyzeSheet(grid, { year: 2024 });
  if (!result.ok) throw new Error(`not a schedule: ${JSON.stringify(result.issues)}`);
  return describePlanSheets(result.analysis, 'zh');
}

/** A hand-made spec, for tests about what is written rather than what core describes. */
export function handSpec(rows: (string | number | null)[][], overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key: 'work',
    name: '主要工作',
    tableName: 'PlanSheet_Work',
    tableStyle: 'TableStyleMedium2',
    columns: [
      { header: '序号', width: 8 },
      { header: '工作内容', width: 30, numberFormat: '@' },
      { header: '数量', width: 8, numberFormat: '0' },
    ],
    rows,
    ...overrides,
  };
}
