import fc from 'fast-check';
import { analyzeSheet } from '../../../../src/core/plan/analyze-sheet';
import { buildDocument } from '../../../../src/core/document/build-document';
import { describePlanSheets } from '../../../../src/core/tables/describe-plan-sheets';
import { renderText } from '../../../../src/core/document/render-text';
import type { Activity } from '../../../../src/core/plan/activity';
import type { Analysis } from '../../../../src/core/plan/analysis';
import type { CellValue } from '../../../../src/core/sheet/grid';
import type { Plan } from '../../../../src/core/plan/plan';
import { grid } from '../../../helpers/grid';

const HEADERS: Readonly<Record<string, readonly string[]>> = {
  chinese: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  arabic: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  english: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const GROUPS = ['思想建设', '民主管理', '文体活动', '关爱服务', '女工工作', '自身建设'];

/** A schedule as a matrix: for each task group, the items of each month and of 全年 (the 13th column). */
interface Model {
  readonly groups: readonly string[];
  readonly cells: readonly (readonly (readonly string[])[])[];
  readonly months: readonly string[];
  readonly corner: string;
  readonly join: 'newline' | 'semicolon' | 'numbered' | 'circled';
}

const model: fc.Arbitrary<Model> = fc
  .record({
    groups: fc.shuffledSubarray(GROUPS, { minLength: 2, maxLength: 4 }),
    counts: fc.array(fc.array(fc.nat({ max: 2 }), { minLength: 13, maxLength: 13 }), { minLength: 4, maxLength: 4 }),
    months: fc.constantFrom(...Object.keys(HEADERS)),
    corner: fc.constantFrom('项目', '工作类别', '内容', '事项', ''),
    join: fc.constantFrom('newline' as const, 'semicolon' as const, 'numbered' as const, 'circled' as const),
  })
  .map(({ groups, counts, months, corner, join }) => {
    let n = 0;
    const cells = groups.map((_, g) => counts[g].map((count) => Array.from({ length: count }, () => `开展第${++n}项工作`)));
    return { groups, cells, months: [...HEADERS[months], '全年'], corner, join };
  });

function joined(items: readonly string[], how: Model['join']): CellValue {
  if (items.length === 0) return null;
  if (how === 'newline') return items.join('\n');
  if (how === 'semicolon') return items.join('；');
  if (how === 'numbered') return items.map((t, i) => `${i + 1}、${t}`).join('');
  return items.map((t, i) => `${'①②③'[i]}${t}`).join('');
}

const TITLE = '2024年XX学校工会工作安排';

function across(m: Model): CellValue[][] {
  const rows = m.groups.map((group, g) => [group, ...m.cells[g].map((items) => joined(items, m.join))]);
  return [[TITLE], [m.corner || null, ...m.months], ...rows];
}

function down(m: Model): CellValue[][] {
  return [[TITLE], ['月份', ...m.groups], ...m.months.map((month, k) => [month, ...m.groups.map((_, g) => joined(m.cells[g][k], m.join))])];
}

/** The same activities as a list, one row each, in the order a reader of the matrix meets them. */
function list(m: Model): CellValue[][] {
  const rows: CellValue[][] = [[TITLE], ['月份', '活动内容', '工作类别']];
  m.groups.forEach((group, g) => m.cells[g].forEach((items, k) => items.forEach((text) => rows.push([m.months[k], text, group]))));
  return rows;
}

/** What a later stage sees of an activity: everything but where it was read from. */
function seen(a: Activity): Omit<Activity, 'row' | 'cells'> {
  const { row: _row, cells: _cells, ...rest } = a;
  return rest;
}

function planSeen(plan: Plan): unknown {
  return {
    groups: plan.groups.map((g) => ({ name: g.name, items: g.items.map(seen) })),
    months: plan.months.map((m) => ({ month: m.month, items: m.items.map(seen) })),
    yearLong: plan.yearLong.map(seen),
    unscheduled: plan.unscheduled.map(seen),
    statusCounts: plan.statusCounts,
  };
}

function analysed(rows: CellValue[][]): Analysis {
  const result = analyzeSheet(grid(rows, { merges: ['A1:C1'] }));
  if (!result.ok) throw new Error('not a schedule');
  return result.analysis;
}

describe('the layouts (property)', () => {
  it('gives the same plan, coverage, tables and document for a months-across matrix, its transpose and the list of its items', () => {
    fc.assert(
      fc.property(model, (m) => {
        const [a, d, l] = [analysed(across(m)), analysed(down(m)), analysed(list(m))];
        expect([a.header.layout, d.header.layout, l.header.layout]).toEqual(['months_across', 'months_down', 'list']);
        for (const other of [d, l]) {
          expect(planSeen(other.plan)).toEqual(planSeen(a.plan));
          expect(other.activities.map(seen)).toEqual(a.activities.map(seen));
          expect(other.coverage).toEqual(a.coverage);
          expect(other.period).toEqual(a.period);
          expect(other.unit).toEqual(a.unit);
          expect(describePlanSheets(other, 'zh')).toEqual(describePlanSheets(a, 'zh'));
          expect(renderText(buildDocument(other))).toBe(renderText(buildDocument(a)));
          const summary = { type: 'summary', lang: 'en' } as const;
          expect(renderText(buildDocument(other, summary))).toBe(renderText(buildDocument(a, summary)));
        }
        expect([a.issues, d.issues, l.issues]).toEqual([[], [], []]);
        expect(a.activities.length).toBe(m.cells.flat(2).length);
      }),
      { numRuns: 150 },
    );
  });
});
