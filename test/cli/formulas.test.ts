import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';

// openpyxl writes formulas and never calculates them, so the file holds no result for Excel to show
// (scripts/make-reader-fixtures.py). The month such a cell would show is unknown: the check says so
// at the cell, or once for a column made only of them, and counts the row in no month.
const FILE = join(__dirname, '..', 'fixtures', 'readers', 'openpyxl-formula-months.xlsx');
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

async function check(args: readonly string[]): Promise<{ code: number; report: Record<string, unknown> }> {
  const run = await runCli(['check', FILE, '--json', ...args]);
  return { code: run.code, report: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('plansheet check on months that are uncalculated formulas', () => {
  it('names the column once when every month cell is a formula with no saved result', async () => {
    expect(await check(['--lang', 'en'])).toEqual({
      code: 1,
      report: {
        format: 'xlsx',
        sheet: '全是公式',
        layout: 'list',
        unit: null,
        period: { year: null, startMonth: 1, months: MONTHS },
        months: MONTHS.map((month) => ({ month, count: 0, status: 'gap' })),
        gaps: MONTHS,
        groups: [{ name: '文体活动', count: 12 }],
        activities: 12,
        issues: [
          {
            cell: null,
            severity: 'error',
            code: 'formula_column_not_calculated',
            message:
              'Column A ("月份") holds only formulas, but the file holds no saved results for them: open the file in Excel or WPS and save it once.',
          },
        ],
      },
    });
  });

  it('names the cell when one month is a formula, and counts the rest', async () => {
    expect(await check(['--sheet', '一个公式'])).toEqual({
      code: 1,
      report: {
        format: 'xlsx',
        sheet: '一个公式',
        layout: 'list',
        unit: null,
        period: { year: null, startMonth: 1, months: MONTHS },
        months: MONTHS.map((month) => ({ month, count: month < 12 ? 1 : 0, status: month < 12 ? 'covered' : 'gap' })),
        gaps: [12],
        groups: [
          { name: '文体活动', count: 11 },
          { name: '自身建设', count: 1 },
        ],
        activities: 12,
        issues: [
          {
            cell: 'A13',
            severity: 'error',
            code: 'formula_not_calculated',
            message: '这个单元格是公式，但文件里没有保存计算结果：请在 Excel 或 WPS 中打开并保存一次。',
          },
        ],
      },
    });
  });
});
