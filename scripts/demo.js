#!/usr/bin/env node
// `npm run demo`: the main job on the sample schedule, through the real command line (bin/plansheet.js,
// as a user runs it). Writes the coverage report, the plan and summary texts, the Word documents and the
// workbook with the plan tables into out/ (or PLANSHEET_DEMO_OUT). Fails when a command cannot do its job.
const { execFileSync } = require('node:child_process');
const { mkdirSync, readdirSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const OUT = relative(process.cwd(), process.env.PLANSHEET_DEMO_OUT || join(ROOT, 'out')) || '.';
const BIN = join(ROOT, 'bin', 'plansheet.js');

/** Runs one command; exit 1 (a gap or an error in the sheet) is an answer, exit 2 a failure. */
function run(args, stdoutFile) {
  process.stdout.write(`plansheet ${args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}\n`);
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    stdout = execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: 'pipe' });
  } catch (error) {
    code = typeof error.status === 'number' ? error.status : 2;
    stdout = String(error.stdout ?? '');
    stderr = String(error.stderr ?? '');
  }
  if (stderr) process.stderr.write(stderr.replace(/^/gm, '  '));
  if (stdoutFile) writeFileSync(join(OUT, stdoutFile), stdout, 'utf8');
  process.stdout.write(`  → exit ${code}${stdoutFile ? `, wrote ${join(OUT, stdoutFile)}` : ''}\n`);
  if (code >= 2) throw new Error(`plansheet ${args[0]} could not do its job (exit ${code})`);
}

function demo() {
  mkdirSync(OUT, { recursive: true });
  const samples = readdirSync(join(ROOT, 'assets', 'samples')).filter((f) => f.endsWith('.xlsx'));
  if (samples.length === 0) throw new Error('no sample workbook in assets/samples');
  const sample = relative(process.cwd(), join(ROOT, 'assets', 'samples', samples[0]));
  const period = ['--exempt', '7,8'];
  const unit = [
    '--unit',
    '××学校工会',
    '--date',
    '2024-01-08',
    '--guidance',
    '以党的二十大精神为指导，围绕学校中心工作，全面履行工会维护、建设、参与、教育四项职能，团结动员全体教职工为学校发展贡献力量。',
    '--goals',
    '建设一支师德高尚、业务精湛、敬业爱岗的教职工队伍；推进民主管理，落实校务公开；丰富教职工文化生活，把“职工之家”建设落到实处。',
  ];
  run(['check', sample, ...period], 'coverage.txt');
  run(['check', sample, ...period, '--json'], 'coverage.json');
  run(['doc', sample, ...period, ...unit, '--type', 'plan'], '工作计划.txt');
  run(['doc', sample, ...period, ...unit, '--type', 'plan', '--format', 'md', '-o', join(OUT, '工作计划.md')]);
  run(['doc', sample, ...period, ...unit, '--type', 'summary', '-o', join(OUT, '工作总结.txt')]);
  run(['doc', sample, ...period, ...unit, '--type', 'plan', '--table', '-o', join(OUT, '工作计划.docx')]);
  run(['doc', sample, ...period, ...unit, '--type', 'summary', '-o', join(OUT, '工作总结.docx')]);
  run(['doc', sample, ...period, '--lang', 'en', '--unit', 'Trade Union of No. 1 School', '-o', join(OUT, 'plan.en.md')]);
  run(['build', sample, ...period, '-o', join(OUT, '计划表.xlsx')]);
  process.stdout.write(`\nDone: see ${OUT}/ (coverage.txt, 工作计划.txt, 工作计划.docx, 计划表.xlsx …)\n`);
}

try {
  demo();
} catch (error) {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
