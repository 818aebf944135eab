/**
 * `plansheet build` beside exceljs merely reading the same workbook, as whole processes (start-up
 * included), time and peak memory side by side: best of 3 on 50,000 rows, once on 200,000 (called
 * by test/bench/run.ts). Targets (issue 10): at most 1.0× the time and 1.5× the memory of the bare
 * read at 50,000 rows; under 1 GB at 200,000.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { NATIVE_ZIP } from '../../src/cli/native-deflate';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import { scheduleOf } from '../helpers/schedule-of';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writePlanWorkbook } from '../../src/xlsx/write-plan-workbook';

const ROOT = resolve(__dirname, '../..');
const PEAK = join(__dirname, 'peak-rss.cjs');

interface Run {
  readonly ms: number;
  readonly peakMb: number;
}

/** One process: its wall time and peak resident memory (from the preloaded peak-rss.cjs). */
function run(args: readonly string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-r', PEAK, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr)?.[1];
  if (child.status !== 0 || !peak) throw new Error(`bench process failed: ${args.join(' ')}\n${child.stderr}`);
  return { ms, peakMb: Number(peak) / 1024 };
}

function best(runs: readonly Run[]): Run {
  return { ms: Math.min(...runs.map((r) => r.ms)), peakMb: Math.min(...runs.map((r) => r.peakMb)) };
}

const EXCELJS_READ = "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{})";

function format(label: string, r: Run, base?: Run): string {
  const ratio = base ? `   ${(r.ms / base.ms).toFixed(2)}× the time, ${(r.peakMb / base.peakMb).toFixed(2)}× the memory` : '';
  return `${label.padEnd(24)} ${r.ms.toFixed(0).padStart(6)} ms ${r.peakMb.toFixed(0).padStart(6)} MB peak${ratio}`;
}

/**
 * The benchmark's report lines. `workbook(rows)` gives the path of a schedule workbook of that
 * many rows (made once, with exceljs, in the system's temporary folder).
 */
export async function benchBuild(workbook: (rows: number) => Promise<string>): Promise<string[]> {
  const report: string[] = [];
  const out = join(tmpdir(), 'plansheet-bench', 'build-out.xlsx');
  await mkdir(join(tmpdir(), 'plansheet-bench'), { recursive: true });
  for (const rows of [50_000, 200_000]) {
    const file = await workbook(rows);
    const times = rows === 50_000 ? 3 : 1;
    const read: Run[] = [];
    const build: Run[] = [];
    for (let k = 0; k < times; k++) {
      read.push(run(['-e', EXCELJS_READ, file]));
      build.push(run([join(ROOT, 'bin', 'plansheet.js'), 'build', file, '-o', out]));
    }
    report.push(`${rows.toLocaleString('en')} rows${times > 1 ? ', best of 3' : ''}:`);
    report.push(`  ${format('exceljs read only', best(read))}`);
    report.push(`  ${format('plansheet build', best(build), best(read))}`);
    if (rows === 50_000) report.push(`  ${await phases(file)}`);
  }
  await rm(out, { force: true });
  return report;
}

/** Where a build's time goes, in this process (warm, best of 3): reading, core (analysis and the sheets' description), writing. */
async function phases(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  const spent = { read: Infinity, core: Infinity, write: Infinity };
  for (let k = 0; k < 3; k++) {
    let start = performance.now();
    const data = await readWorkbook(bytes);
    spent.read = Math.min(spent.read, performance.now() - start);
    start = performance.now();
    const found = await scheduleOf(data);
    if (!found.result.ok) throw new Error('bench workbook is not a schedule');
    const specs = describePlanSheets(found.result.analysis, 'zh');
    spent.core = Math.min(spent.core, performance.now() - start);
    start = performance.now();
    writePlanWorkbook(bytes, specs, data.settings, NATIVE_ZIP);
    spent.write = Math.min(spent.write, performance.now() - start);
  }
  const [read, core, write] = [spent.read, spent.core, spent.write].map((ms) => ms.toFixed(0));
  return `of which, in one warm process: read ${read} ms, core ${core} ms, package write ${write} ms`;
}

/** A schedule workbook of `rows` rows, as `rowsOf` gives them, written once with exceljs and kept. */
export async function scheduleWorkbook(rows: number, rowsOf: (n: number) => unknown[][]): Promise<string> {
  const dir = join(tmpdir(), 'plansheet-bench');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `schedule-${rows}.xlsx`);
  if (!existsSync(file)) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('活动安排');
    ws.mergeCells('A1:F1');
    for (const row of rowsOf(rows)) ws.addRow(row).commit();
    await ws.commit();
    await wb.commit();
  }
  return file;
}
