import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expandOutputs, readGolden } from '../helpers/golden';
import { tempFolder } from '../helpers/run-cli';

const ROOT = resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('runs every command of the main job on the sample and writes its nine files', async () => {
    const out = await tempFolder();
    const run = await new Promise<{ code: number; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [join(ROOT, 'scripts', 'demo.js')],
        { cwd: ROOT, env: { ...process.env, PLANSHEET_DEMO_OUT: out } },
        (error, _stdout, stderr) => done({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect([run.code, run.stderr.includes('demo failed')]).toEqual([0, false]);
    expect((await readdir(out)).sort()).toEqual(
      [
        'coverage.json',
        'coverage.txt',
        'plan.en.md',
        '工作总结.docx',
        '工作总结.txt',
        '工作计划.docx',
        '工作计划.md',
        '工作计划.txt',
        '计划表.xlsx',
      ].sort(),
    );
    // Byte for byte what the same commands wrote before the restructuring (issue 14): the report, the
    // texts, every part of both .docx and of the workbook with its plan tables (scripts/capture-golden.ts).
    const [now, before] = [await expandOutputs(out), await readGolden()];
    expect([...now.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...now].filter(([path, bytes]) => !bytes.equals(before.get(path) as Buffer)).map(([path]) => path);
    expect(changed).toEqual([]);
  });
});
