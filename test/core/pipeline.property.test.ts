import fc from 'fast-check';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { toA1 } from '../../src/core/sheet/to-a1';
import type { Activity } from '../../src/core/plan/activity';
import type { CellValue, Grid, MergedArea } from '../../src/core/sheet/grid';
import { gridFromValues } from '../../src/core/sheet/grid-from-values';

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A month expression and the months it means, written independently of the parser. */
const monthExpr: fc.Arbitrary<{ text: string; months: readonly number[] }> = fc.oneof<
  fc.Arbitrary<{ text: string; months: readonly number[] }>[]
>(
  fc.integer({ min: 1, max: 12 }).map((m) => ({ text: `${m}月`, months: [m] })),
  fc.integer({ min: 1, max: 12 }).map((m) => ({ text: `${CHINESE[m - 1]}月`, months: [m] })),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => ({ text: `${a}-${b}月`, months: ALL.filter((m) => m >= a && m <= b) })),
  fc.constant({ text: '每月', months: ALL }),
  fc.constant({ text: '全年', months: [] }),
  fc.constant({ text: '待定', months: [] }),
);

interface ModelRow {
  month: { text: string; months: readonly number[] };
  /** Rows that share this month cell through a merge, below it. */
  mergedBelow: number;
  blankAfter: boolean;
}

const model = fc.array(fc.record({ month: monthExpr, mergedBelow: fc.integer({ min: 0, max: 2 }), blankAfter: fc.boolean() }), {
  maxLength: 25,
});

function toGrid(rows: ModelRow[]): { grid: Grid; expected: number[] } {
  const values: CellValue[][] = [['2024年工会活动安排'], ['月份', '活动内容', '工作类别']];
  const merges: MergedArea[] = [{ top: 0, left: 0, bottom: 0, right: 2 }];
  const expected = Array(12).fill(0);
  let n = 0;
  for (const row of rows) {
    const top = values.length;
    for (let k = 0; k <= row.mergedBelow; k++) {
      n += 1;
      values.push([k === 0 ? row.month.text : null, `活动${n}`, `组${n % 3}`]);
      for (const m of row.month.months) expected[m - 1] += 1;
    }
    if (row.mergedBelow > 0) merges.push({ top, left: 0, bottom: top + row.mergedBelow, right: 0 });
    if (row.blankAfter) values.push([null, null, null]);
  }
  return { grid: gridFromValues('S', values, { merges }), expected };
}

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom('月份', '活动', '三月', '3-4月', '十三月', '正月', '#N/A', '', ' '),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
  fc.constantFrom({ formula: 'TEXT(A3,"m月")' }, { formula: 'B2' }),
);

describe('the pipeline (analyzeSheet)', () => {
  it('never throws on arbitrary cells, formats and merges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 12 }),
        fc.array(fc.constantFrom('General', 'yyyy/m/d', '@', 'm"月"', '0'), { maxLength: 6 }),
        fc.array(fc.record({ top: fc.nat(12), left: fc.nat(6), h: fc.nat(3), w: fc.nat(2) }), { maxLength: 3 }),
        (rows, formatRow, mergeSpecs) => {
          const header: CellValue[] = ['月份', '活动'];
          const values = [header, ...rows];
          const grid: Grid = gridFromValues('S', values, {
            formats: values.map(() => formatRow),
            merges: mergeSpecs.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
          });
          const result = analyzeSheet(grid, { exempt: [7] });
          if (result.ok) {
            for (const issue of result.analysis.issues) expect(issue.cell === null || /^[A-Z]+\d+$/.test(issue.cell)).toBe(true);
            expect(result.analysis.coverage.months).toHaveLength(12);
          }
        },
      ),
    );
  });

  it.each([
    ['months across', ['项目', '一月', '二月', '三月', '四月', '五月', '六月', '全年', '备注']],
    ['months down', ['月份', '思想建设', '文体活动', '负责人']],
  ])('never throws on a %s matrix of arbitrary cells, formats and merges', (_, header) => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 9 }), { maxLength: 14 }),
        fc.array(fc.record({ top: fc.nat(14), left: fc.nat(9), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }),
        (rows, mergeSpecs) => {
          // A months-down matrix needs months down its first column: give every row one, the rest arbitrary.
          const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
          const body = header[0] === '月份' ? rows.map((r, i) => [months[i % 12], ...r.slice(1)]) : rows;
          const grid: Grid = gridFromValues('S', [header, ...body], {
            merges: mergeSpecs.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
          });
          const result = analyzeSheet(grid, { year: 2024 });
          if (result.ok) {
            for (const issue of result.analysis.issues) expect(issue.cell === null || /^[A-Z]+\d+$/.test(issue.cell)).toBe(true);
            expect(result.analysis.coverage.months).toHaveLength(12);
            for (const a of result.analysis.activities) expect(a.text).not.toBe('');
          }
        },
      ),
    );
  });

  it('counts, for every month, exactly the activities that fall in it (recounted from the model)', () => {
    fc.assert(
      fc.property(model, (rows) => {
        const { grid, expected } = toGrid(rows);
        const result = analyzeSheet(grid);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.analysis.coverage.months.map((m) => m.count)).toEqual(expected);
        expect(result.analysis.coverage.gaps).toEqual(ALL.filter((m) => expected[m - 1] === 0));
        expect(result.analysis.activities.length).toBe(rows.reduce((s, r) => s + r.mergedBelow + 1, 0));
      }),
    );
  });

  it('counts a month written once over blank, unmerged cells as it counts the same cells merged, warning once per run', () => {
    fc.assert(
      fc.property(model, (rows) => {
        const { grid: merged } = toGrid(rows);
        const unmerged: Grid = { ...merged, merges: merged.merges!.filter((m) => m.top === 0) };
        const [a, b] = [analyzeSheet(merged), analyzeSheet(unmerged)];
        if (!a.ok || !b.ok) throw new Error('not a schedule');
        expect(b.analysis.coverage).toEqual(a.analysis.coverage);
        const read = (x: Activity) => [x.text, x.months, x.cells.month];
        expect(b.analysis.activities.map(read)).toEqual(a.analysis.activities.map(read));
        const fills = b.analysis.issues.filter((i) => i.code === 'month_filled_from_above');
        expect(fills).toHaveLength(rows.filter((r) => r.mergedBelow > 0).length);
        expect(b.analysis.issues.filter((i) => i.code !== 'month_filled_from_above')).toEqual(a.analysis.issues);
      }),
    );
  });

  it('points every month issue at the month cell that holds the value, even under a merge', () => {
    const grid: Grid = gridFromValues(
      'S',
      [
        ['月份', '活动'],
        ['十三月', 'a'],
        [null, 'b'],
        [null, 'c'],
      ],
      {
        merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
      },
    );
    const result = analyzeSheet(grid);
    expect(result.ok && result.analysis.issues.map((i) => [i.code, i.cell])).toEqual([['month_out_of_range', toA1(1, 0)]]);
  });
});
