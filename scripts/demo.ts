/**
 * `npm run demo`: the main job on the sample schedule, through the real command
 * line. Writes the coverage report, the plan and summary texts, the Word
 * documents and the workbook with the plan tables into out/.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { main } from '../src/cli/main';
import type { Io } from '../src/cli/io';

const ROOT = resolve(__dirname, '..');
const OUT = relative(process.cwd(), join(ROOT, 'out')) || '.';

async function run(args: string[], stdoutFile?: string): Promise<number> {
  let stdout = '';
  process.stdout.write(`plansheet ${args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}\n`);
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => process.stderr.write(`  ${t}`), isTTY: false };
  const code = await main(args, io);
  if (stdoutFile) await writeFile(join(OUT, stdoutFile), stdout, 'utf8');
  process.stdout.write(`  → exit ${code}${stdoutFile ? `, wrote out/${stdoutFile}` : ''}\n`);
  return code;
}

async function demo(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const samples = (await readdir(join(ROOT, 'assets', 'samples'))).filter((f) => f.endsWith('.xlsx'));
  if (samples.length === 0) throw new Error('no sample workbook in assets/samples');
  const sample = relative(process.cwd(), join(ROOT, 'assets', 'samples', samples[0]));
  const period = ['--exempt', '7,8'];
  const unit = [
    '--unit', '××学校工会',
    '--date', '2024-01-08',
    '--guidance', '以党的二十大精神为指导，围绕学校中心工作，全面履行工会维护、建设、参与、教育四项职能，团结动员全体教职工为学校发展贡献力量。',
    '--goals', '建设一支师德高尚、业务精湛、敬业爱岗的教职工队伍；推进民主管理，落实校务公开；丰富教职工文化生活，把“职工之家”建设落到实处。',
  ];
  await run(['check', sample, ...period], 'coverage.txt');
  await run(['check', sample, ...period, '--json'], 'coverage.json');
  await run(['doc', sample, ...period, ...unit, '--type', 'plan'], '工作计划.txt');
  await run(['doc', sample, ...period, ...unit, '--type', 'plan', '--format', 'md', '-o', join(OUT, '工作计划.md')]);
  await run(['doc', sample, ...period, ...unit, '--type', 'summary', '-o', join(OUT, '工作总结.txt')]);
  await run(['doc', sample, ...period, ...unit, '--type', 'plan', '--table', '-o', join(OUT, '工作计划.docx')]);
  await run(['doc', sample, ...period, ...unit, '--type', 'summary', '-o', join(OUT, '工作总结.docx')]);
  await run(['doc', sample, ...period, '--lang', 'en', '--unit', 'Trade Union of No. 1 School', '-o', join(OUT, 'plan.en.md')]);
  await run(['build', sample, ...period, '-o', join(OUT, '计划表.xlsx')]);
  process.stdout.write(`\nDone: see ${OUT}/ (coverage.txt, 工作计划.txt, 工作计划.docx, 计划表.xlsx …)\n`);
}

demo().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
