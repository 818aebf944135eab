import JSZip from 'jszip';
import { link, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { makeXlsx, type CellInput } from '../helpers/make-xlsx';
import { runCli, tempFolder } from '../helpers/run-cli';

const rows: CellInput[][] = [
  ['2024年工会活动安排'],
  ['月份', '活动内容', '工作类别', '完成情况'],
  ['一月', '1、元旦活动', '文体活动', '已完成'],
  ['三月', '三八节活动', '文体活动', '已完成'],
  [null, '教代会', '民主管理', '未完成'],
  ['十一月', '准备学校工会档案', '民主管理', null],
];

async function file(): Promise<{ dir: string; path: string }> {
  const dir = await tempFolder({ 'plan.xlsx': await makeXlsx([{ name: '安排', rows, merges: ['A1:D1', 'A4:A5'] }]) });
  return { dir, path: join(dir, 'plan.xlsx') };
}

describe('plansheet doc', () => {
  it('writes the plan text to stdout, exits 0 and mentions the gaps on stderr', async () => {
    const { path } = await file();
    const run = await runCli(['doc', path, '--unit', '××学校工会', '--goals', '全面履行工会职能。']);
    expect(run).toEqual({
      code: 0,
      stdout: [
        '2024年××学校工会工作计划',
        '',
        '一、工作目标',
        '　　全面履行工会职能。',
        '二、主要工作',
        '（一）文体活动',
        '　　1、元旦活动。',
        '　　2、三八节活动。',
        '（二）民主管理',
        '　　1、教代会。',
        '　　2、准备学校工会档案。',
        '三、主要活动安排',
        '　　一月：元旦活动。',
        '　　三月：1、三八节活动；2、教代会。',
        '　　十一月：准备学校工会档案。',
        '',
        '××学校工会',
        '',
      ].join('\n'),
      stderr:
        '注意：缺少活动的月份：2月、4月、5月、6月、7月、8月、9月、10月、12月；0 个错误，0 个提醒（运行 plansheet check 查看详情）。\n',
    });
  });

  it('writes Markdown and English to a file with -o', async () => {
    const { dir, path } = await file();
    const out = join(dir, 'plan.md');
    const run = await runCli(['doc', path, '--lang', 'en', '-o', out]);
    expect(run.code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md.split('\n').filter((l) => /^#|^January|^March|^November/.test(l))).toEqual([
      '# 2024 Work Plan',
      '## I. Main Work',
      '### (1) 文体活动',
      '### (2) 民主管理',
      '## II. Schedule of Main Activities',
      'January: 元旦活动.',
      'March: 1. 三八节活动; 2. 教代会.',
      'November: 准备学校工会档案.',
    ]);
  });

  it('writes a .docx with -o that holds every month line', async () => {
    const { dir, path } = await file();
    const out = join(dir, '工作计划.docx');
    const run = await runCli(['doc', path, '--format', 'docx', '-o', out]);
    expect(run.code).toBe(0);
    const xml = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
    expect(['一月：元旦活动。', '三月：1、三八节活动；2、教代会。', '十一月：准备学校工会档案。'].every((l) => text.includes(l))).toBe(
      true,
    );
  });

  it('asks for -o before writing a .docx, and never writes over the input', async () => {
    const { path } = await file();
    const noOut = await runCli(['doc', path, '--format', 'docx']);
    const same = await runCli(['doc', path, '-o', path]);
    expect([noOut, same]).toEqual([
      { code: 2, stdout: '', stderr: '生成 Word 文档需要用 -o 指定输出文件，例如 -o 工作计划.docx。\n' },
      { code: 2, stdout: '', stderr: '输出文件不能与输入文件相同：源文件永远不会被改写。\n' },
    ]);
  });

  it('never writes over the input through a symbolic or a hard link to it', async () => {
    const { dir, path } = await file();
    const before = await readFile(path);
    await symlink(path, join(dir, 'soft.txt'));
    await link(path, join(dir, 'hard.txt'));
    const runs = [await runCli(['doc', path, '-o', join(dir, 'soft.txt')]), await runCli(['doc', path, '-o', join(dir, 'hard.txt')])];
    const refused = { code: 2, stdout: '', stderr: '输出文件不能与输入文件相同：源文件永远不会被改写。\n' };
    expect([...runs, Buffer.compare(await readFile(path), before)]).toEqual([refused, refused, 0]);
  });

  it('says in words why the output cannot be written, and leaves no half file behind', async () => {
    const { dir, path } = await file();
    const run = await runCli(['doc', path, '-o', join(dir, 'no-such-folder', '工作计划.txt')]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `无法写入 ${join(dir, 'no-such-folder', '工作计划.txt')}：所在的文件夹不存在。原来的文件（如果有）没有被改动。\n`,
    });
    expect((await readdir(dir)).sort()).toEqual(['plan.xlsx']);
  });

  it('exits 2 with one line for a file that is not a workbook', async () => {
    const dir = await tempFolder({ 'x.xlsx': 'hello' });
    const run = await runCli(['doc', join(dir, 'x.xlsx')]);
    expect([run.code, run.stdout, run.stderr.trim().split('\n').length]).toEqual([2, '', 1]);
  });
});
