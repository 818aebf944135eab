import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild, defaultOutput, type BuildOptions } from '../../src/cli/commands/build';
import type { Io } from '../../src/cli/io';
import { CLI_ADAPTERS } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { makeXlsx, type CellInput } from '../helpers/make-xlsx';
import { changedEntries } from '../helpers/ooxml';
import { runCli, tempFolder } from '../helpers/run-cli';
import { rectangle } from '../helpers/grid';

const rows: CellInput[][] = [
  ['2024年××学校工会主要活动安排表'],
  ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况'],
  [1, '一月', '元旦活动', '文体活动', '张老师', '已完成'],
  [2, '三月', '三八节活动', '文体活动', '王老师', '已完成'],
  [3, null, '教代会', '民主管理', '王老师', '未完成'],
  [4, '9月', '=HYPERLINK("http://example.org","教师节活动")', '师德建设', null, null],
  [5, '十二月', '校务公开自查', '民主管理', null, null],
];

async function schedule(name = '安排.xlsx'): Promise<{ dir: string; path: string }> {
  const bytes = await makeXlsx([
    { name: '活动安排', rows, merges: ['A1:F1', 'B4:B5'] },
    { name: '说明', rows: [['本表由工会办公室维护']] },
  ]);
  const dir = await tempFolder({ [name]: bytes });
  return { dir, path: join(dir, name) };
}

function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const sha256 = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

const GAPS_NOTE = '注意：缺少活动的月份：2月、4月、5月、6月、7月、8月、10月、11月；0 个错误，0 个提醒（运行 plansheet check 查看详情）。\n';

describe('plansheet build', () => {
  it('writes <name>.plansheet.xlsx beside the input with the three tables, leaving the input byte for byte as it was', async () => {
    const { dir, path } = await schedule();
    const before = await sha256(path);
    const run = await runCli(['build', path]);
    const out = join(dir, '安排.plansheet.xlsx');
    expect(run).toEqual({
      code: 0,
      stdout: [`已生成 ${out}（源文件未改动）：`, '  主要工作：5 行', '  月度安排：13 行', '  覆盖检查：12 行', ''].join('\n'),
      stderr: GAPS_NOTE,
    });
    expect(await sha256(path)).toBe(before);
    expect((await readdir(dir)).sort()).toEqual(['安排.plansheet.xlsx', '安排.xlsx']);

    const zip = await JSZip.loadAsync(await readFile(out));
    expect(
      Object.keys(zip.files)
        .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
        .sort(),
    ).toEqual(['xl/tables/table1.xml', 'xl/tables/table2.xml', 'xl/tables/table3.xml']);
    const data = await readWorkbook(await readFile(out));
    expect(data.sheetTables).toEqual({
      活动安排: [],
      说明: [],
      主要工作: ['PlanSheet_Work'],
      月度安排: ['PlanSheet_Monthly'],
      覆盖检查: ['PlanSheet_Coverage'],
      _plansheet: [],
    });
    const work = data.sheets.find((s) => s.sheetName === '主要工作')!;
    expect(rectangle(work).values).toEqual([
      ['序号', '任务组', '工作内容', '月份', '负责人', '完成情况'],
      ['（一）1', '文体活动', '元旦活动', '一月（1月）', '张老师', '已完成'],
      ['（一）2', '文体活动', '三八节活动', '三月（3月）', '王老师', '已完成'],
      ['（二）1', '民主管理', '教代会', '三月（3月）', '王老师', '未完成'],
      ['（二）2', '民主管理', '校务公开自查', '十二月（12月）', null, null],
      ['（三）1', '师德建设', '=HYPERLINK("http://example.org","教师节活动")', '9月', null, null],
    ]);
    const coverage = data.sheets.find((s) => s.sheetName === '覆盖检查')!;
    expect(rectangle(coverage).values.map((r) => r[r.length - 1])).toEqual([
      '状态',
      '已覆盖',
      '缺少活动',
      '已覆盖',
      ...Array(4).fill('缺少活动'),
      '缺少活动',
      '已覆盖',
      '缺少活动',
      '缺少活动',
      '已覆盖',
    ]);
    expect(data.sheets.find((s) => s.sheetName === '活动安排')).toEqual((await readWorkbook(await readFile(path))).sheets[0]);
  });

  it('writes to -o, in English with --lang en, with the period options of check', async () => {
    const { dir, path } = await schedule();
    const out = join(dir, 'plan tables.xlsx');
    const io = capture();
    const options: BuildOptions = { files: [path], out, lang: 'en', exempt: [2, 4, 5, 6, 7, 8, 10, 11] };
    expect(await runBuild(options, io, CLI_ADAPTERS)).toBe(0);
    expect([io.out, io.err]).toEqual([
      [
        `Wrote ${out} (the source file is unchanged):`,
        '  Main Work: 5 rows',
        '  Monthly Schedule: 13 rows',
        '  Coverage: 12 rows',
        '',
      ].join('\n'),
      '',
    ]);
    const data = await readWorkbook(await readFile(out));
    expect(data.sheetNames).toEqual(['活动安排', '说明', 'Main Work', 'Monthly Schedule', 'Coverage', '_plansheet']);
    const coverage = data.sheets.find((s) => s.sheetName === 'Coverage')!;
    expect(rectangle(coverage).values.slice(0, 3)).toEqual([
      ['Month', '文体活动', '民主管理', '师德建设', 'Total', 'Status'],
      ['January', 1, 0, 0, 1, 'Covered'],
      ['February', 0, 0, 0, 0, 'Exempt'],
    ]);
  });

  it('replaces its own sheets when built again from its output', async () => {
    const { dir, path } = await schedule();
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect(await runBuild({ files: [path], out: first, lang: 'zh' }, capture(), CLI_ADAPTERS)).toBe(0);
    const io = capture();
    expect(await runBuild({ files: [first], out: second, lang: 'zh' }, io, CLI_ADAPTERS)).toBe(0);
    expect(io.out).toBe(
      [
        `已生成 ${second}（源文件未改动）：`,
        '  主要工作：5 行（替换了上次生成的同名表）',
        '  月度安排：13 行（替换了上次生成的同名表）',
        '  覆盖检查：12 行（替换了上次生成的同名表）',
        '',
      ].join('\n'),
    );
    expect((await readWorkbook(await readFile(second))).sheetNames).toEqual([
      '活动安排',
      '说明',
      '主要工作',
      '月度安排',
      '覆盖检查',
      '_plansheet',
    ]);
  });

  it('refuses an output that is the input file, however it is spelled', async () => {
    const { dir, path } = await schedule();
    const before = await sha256(path);
    for (const out of [path, join(dir, '.', 'sub', '..', '安排.xlsx')]) {
      const io = capture();
      expect(await runBuild({ files: [path], out, lang: 'zh' }, io, CLI_ADAPTERS)).toBe(2);
      expect([io.out, io.err]).toEqual(['', '输出文件不能与输入文件相同：源文件永远不会被改写。请用 -o 指定另一个文件名。\n']);
    }
    expect(await sha256(path)).toBe(before);
  });

  it('exits 2 with one line for a file that is missing or not a workbook', async () => {
    const dir = await tempFolder({ 'notes.xlsx': '%PDF-1.7\n1 0 obj\n' });
    const io = capture();
    expect(await runBuild({ files: [join(dir, 'notes.xlsx')], lang: 'en' }, io, CLI_ADAPTERS)).toBe(2);
    const notes = join(dir, 'notes.xlsx');
    expect(io.err).toBe(`"${notes}" is a PDF file, not a spreadsheet. Choose an .xlsx, .xlsm, .xls, .et, .ods or .csv file.\n`);
    const missing = capture();
    expect(await runBuild({ files: [join(dir, 'gone.xlsx')], lang: 'zh' }, missing, CLI_ADAPTERS)).toBe(2);
    expect(missing.err).toBe(`找不到文件“${join(dir, 'gone.xlsx')}”。请检查文件名和所在的文件夹。\n`);
    expect((await readdir(dir)).sort()).toEqual(['notes.xlsx']);
  });
});

describe('plansheet build: the name and kind of the copy', () => {
  it('names the default output after the input, with the workbook’s own extension', () => {
    expect([
      defaultOutput(join('data', '2024年工会活动安排.xlsx')),
      defaultOutput('plan.XLSX'),
      defaultOutput('plan'),
      defaultOutput('宏.xlsm', 'xlsm'),
      defaultOutput('旧版.xls'),
      defaultOutput('v1.2'),
    ]).toEqual([
      join('data', '2024年工会活动安排.plansheet.xlsx'),
      'plan.plansheet.xlsx',
      'plan.plansheet.xlsx',
      '宏.plansheet.xlsm',
      '旧版.plansheet.xlsx',
      'v1.2.plansheet.xlsx',
    ]);
  });

  it('keeps a macro-enabled workbook an .xlsm, macros and all, every entry of it byte for byte', async () => {
    const rich = await readFile(join(__dirname, '../fixtures/writer/rich.xlsm'));
    const dir = await tempFolder({ '宏.xlsm': rich });
    const run = await runCli(['build', join(dir, '宏.xlsm')]);
    const out = join(dir, '宏.plansheet.xlsm');
    const listing = (await readdir(dir)).sort();
    expect([run.code, run.stdout.split('\n')[0], listing]).toEqual([
      0,
      `已生成 ${out}（源文件未改动）：`,
      ['宏.plansheet.xlsm', '宏.xlsm'],
    ]);
    const { changed, removed } = changedEntries(new Uint8Array(rich), new Uint8Array(await readFile(out)));
    const index = ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];
    expect([changed, removed]).toEqual([index, []]);
  });
});
