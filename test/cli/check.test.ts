import { join } from 'node:path';
import { makeXlsx, type CellInput } from '../helpers/make-xlsx';
import { runCli, tempFolder } from '../helpers/run-cli';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** The start of a PDF: a file no spreadsheet reader takes, whichever readers are installed. */
const PDF = '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';

const schedule: CellInput[][] = [
  ['2023年学校工会主要活动安排表'],
  ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况'],
  [1, '一月', '元旦活动', '文体活动', '张老师', '已完成'],
  [2, '2月', '慰问离退休教师', '关爱服务', '李老师', '已完成'],
  [3, '三月', '三八节活动', '文体活动', '王老师', '已完成'],
  [4, null, '教代会', '民主管理', '王老师', '未完成'],
  [5, '4-5月', '教工运动会', '文体活动', '赵老师', '进行中'],
  [6, { date: '2023-09-10' }, '教师节活动', '师德建设', '张老师', null],
  [7, 10, '师德师风讲座', '师德建设', null, null],
  [8, '十三月', '困难教职工慰问', '关爱服务', null, null],
  [9, '十二月', '校务公开自查', '民主管理', null, null],
];

async function scheduleFile(): Promise<string> {
  const dir = await tempFolder({ 'plan.xlsx': await makeXlsx([{ name: '活动安排', rows: schedule, merges: ['A1:F1', 'B5:B6'] }]) });
  return join(dir, 'plan.xlsx');
}

describe('plansheet check', () => {
  it('prints the report in the agreed JSON shape for a sheet with a title row, merged months, a date and a number', async () => {
    const run = await runCli(['check', await scheduleFile(), '--json', '--exempt', '7,8']);
    const counts = [1, 1, 2, 1, 1, 0, 0, 0, 1, 1, 0, 1];
    expect(run).toEqual({
      code: 1,
      stderr: '',
      stdout: expect.any(String),
    });
    expect(JSON.parse(run.stdout)).toEqual({
      format: 'xlsx',
      sheet: '活动安排',
      layout: 'list',
      unit: null,
      period: { year: 2023, startMonth: 1, months: ALL },
      months: ALL.map((month, i) => ({
        month,
        count: counts[i],
        status: month === 7 || month === 8 ? 'exempt' : counts[i] ? 'covered' : 'gap',
      })),
      gaps: [6, 11],
      groups: [
        { name: '文体活动', count: 3 },
        { name: '关爱服务', count: 2 },
        { name: '民主管理', count: 2 },
        { name: '师德建设', count: 2 },
      ],
      activities: 9,
      issues: [{ cell: 'B10', severity: 'error', code: 'month_out_of_range', message: '月份“十三月”不存在，月份应在 1 到 12 之间。' }],
    });
  });

  it('prints a month strip and the issues with their cells for people', async () => {
    const file = await scheduleFile();
    const run = await runCli(['check', file, '--exempt', '7,8']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `${file} › 活动安排`,
        '计划期：2023年（不计：7月、8月）',
        '',
        '  1月  2月  3月  4月  5月  6月  7月  8月  9月 10月 11月 12月',
        '    1    1    2    1    1    0    0    0    1    1    0    1',
        '    ✓    ✓    ✓    ✓    ✓    ✗    –    –    ✓    ✓    ✗    ✓',
        '',
        '缺少活动的月份：6月、11月。',
        '共 9 项活动，4 个任务组。',
        '',
        '问题：1 个错误，0 个提醒：',
        '  B10   错误  月份“十三月”不存在，月份应在 1 到 12 之间。',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when every month is covered and there is no error, and speaks English on request', async () => {
    const rows: CellInput[][] = [['Month', 'Activity', 'Category'], ...ALL.map((m) => [m, `Activity ${m}`, 'General'])];
    const dir = await tempFolder({ 'en.xlsx': await makeXlsx([{ name: 'Plan', rows }]) });
    const run = await runCli(['check', join(dir, 'en.xlsx'), '--lang', 'en', '--year', '2024']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Every month of the period has an activity.');
    expect(run.stdout).toContain('No issues found.');
  });

  it('finds the schedule on the second sheet when the first is notes', async () => {
    const bytes = await makeXlsx([
      { name: '说明', rows: [['本表由工会办公室维护'], ['联系人：张老师']] },
      {
        name: '安排',
        rows: [
          ['时间', '工作内容'],
          ['3月', '植树'],
        ],
      },
    ]);
    const dir = await tempFolder({ 'two.xlsx': bytes });
    const run = await runCli(['check', join(dir, 'two.xlsx'), '--json']);
    expect(JSON.parse(run.stdout).sheet).toBe('安排');
  });

  it.each([
    [
      'an empty sheet',
      async (dir: string) => {
        await tempFile(dir, 'empty.xlsx', await makeXlsx([{ name: 'Sheet1' }]));
        return 'empty.xlsx';
      },
      (f: string) => `${f} 中没有找到活动安排表`,
    ],
    [
      'a file that is not a workbook',
      async (dir: string) => {
        await tempFile(dir, 'fake.xlsx', PDF);
        return 'fake.xlsx';
      },
      (f: string) => `“${f}”是 PDF 文件，不是电子表格。`,
    ],
    ['a missing file', async () => 'missing.xlsx', (f: string) => `找不到文件“${f}”。`],
  ])('exits 2 with one clear line and no stack trace for %s', async (_label, make, message) => {
    const dir = await tempFolder();
    const file = join(dir, await make(dir));
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr.startsWith(message(file))).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the sheet when --sheet points at a sheet that is not a schedule', async () => {
    const dir = await tempFolder({ 'a.xlsx': await makeXlsx([{ name: '说明', rows: [['备忘']] }]) });
    const run = await runCli(['check', join(dir, 'a.xlsx'), '--sheet', '说明']);
    expect([run.code, run.stderr.startsWith('工作表“说明”不是活动安排表')]).toEqual([2, true]);
  });

  it('checks several files: one line each, the totals, and the worst exit code', async () => {
    const good = await makeXlsx([{ name: 'S', rows: [['月份', '活动'], ...ALL.map((m) => [`${m}月`, `活动${m}`])] }]);
    const gap = await makeXlsx([
      {
        name: 'S',
        rows: [
          ['月份', '活动'],
          ['1月', '元旦'],
        ],
      },
    ]);
    const dir = await tempFolder({ 'good.xlsx': good, 'gap.xlsx': gap, 'bad.xlsx': PDF });
    const files = ['good.xlsx', 'gap.xlsx', 'bad.xlsx'];
    const text = await runCli(['check', ...files], dir);
    expect(text).toEqual({
      code: 2,
      stderr: '',
      stdout: [
        '✓ good.xlsx  S  全覆盖  0 个错误  0 个提醒',
        '✗ gap.xlsx   S  缺 2月、3月、4月、5月、6月、7月、8月、9月、10月、11月、12月  0 个错误  0 个提醒',
        '✗ bad.xlsx   “bad.xlsx”是 PDF 文件，不是电子表格。请选择 .xlsx、.xlsm、.xls、.et、.ods 或 .csv 文件。',
        '共 3 个文件：1 个通过，1 个有缺口或错误，1 个无法读取。',
        '',
      ].join('\n'),
    });
    const json = await runCli(['check', ...files, '--json'], dir);
    expect(JSON.parse(json.stdout).map((o: { file: string; gaps?: number[]; error?: string }) => [o.file, o.gaps ?? o.error])).toEqual([
      ['good.xlsx', []],
      ['gap.xlsx', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
      ['bad.xlsx', '“bad.xlsx”是 PDF 文件，不是电子表格。请选择 .xlsx、.xlsm、.xls、.et、.ods 或 .csv 文件。'],
    ]);
  });

  it('refuses wrong arguments with exit 2 and a hint', async () => {
    const run = await runCli(['check', 'a.xlsx', '--start-month', '0']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: '参数有误（wrong arguments）：--start-month must be a month from 1 to 12。运行 plansheet --help 查看用法。\n',
    });
  });
});

async function tempFile(dir: string, name: string, content: Uint8Array | string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, name), content);
}

describe('plansheet check on other kinds of file', () => {
  it('says what a file that is not an .xlsx was read as, in the text and in the JSON', async () => {
    const file = join(__dirname, '../fixtures/other-formats/schedule.xls');
    const [text, json] = [await runCli(['check', file]), await runCli(['check', file, '--json'])];
    expect([text.stdout.split('\n')[1], JSON.parse(json.stdout).format]).toEqual(['按旧版 Excel 或 WPS 工作簿（.xls、.et）读取。', 'xls']);
  });
});
