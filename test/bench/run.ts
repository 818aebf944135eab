/**
 * `npm run bench`: how long the work takes, reported, never asserted.
 * - the core pipeline on 1,000 / 10,000 / 100,000 rows (time per row should stay flat);
 * - reading workbooks (read.bench.ts): `plansheet check` on 50,000 and 200,000 rows, on a value at
 *   XFD1048576 and on zip bombs, as whole processes beside exceljs merely reading the same file;
 *   the XML tokenizer beside saxes and the inflaters side by side;
 * - `plansheet build` on 50,000 and 200,000 rows beside exceljs merely reading them, whole processes, time and peak memory;
 * - building and packing the .docx for 100 / 1,000 / 10,000 items;
 * - the task pane's initial JavaScript, gzip.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { toCheckReport } from '../../src/core/plan/to-check-report';
import type { CellValue, Grid } from '../../src/core/sheet/grid';
import { formatBundleReport, measureInitialBundle } from '../../scripts/measure-bundle.js';
import { benchBuild, scheduleWorkbook } from './build.bench';
import { benchDocx } from './docx.bench';
import { benchReading } from './read.bench';
import { gridFromValues } from '../../src/core/sheet/grid-from-values';

const ROOT = resolve(__dirname, '../..');
const MONTHS = ['一月', '2月', '三月', '4-5月', '2023年6月', '七月份', '第三季度', '10月', '十一月', '12月', '每月', '全年'];
const GROUPS = ['思想政治', '民主管理', '师德建设', '文体活动', '关爱服务', '自身建设'];

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

function scheduleRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [['2023年学校工会主要活动安排表'], ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况']];
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      MONTHS[i % MONTHS.length],
      `${i + 1}、组织教职工开展第${i + 1}项活动，丰富业余文化生活`,
      GROUPS[i % GROUPS.length],
      `负责人${i % 17}`,
      i % 3 ? '已完成' : '未完成',
    ]);
  }
  return rows;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function benchPipeline(): void {
  line('core pipeline (analyzeSheet + toCheckReport), best of 3:');
  for (const n of [1_000, 10_000, 100_000]) {
    const grid: Grid = gridFromValues('S', scheduleRows(n), { merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] });
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const { ms, value } = time(() => analyzeSheet(grid, { exempt: [7, 8] }));
      if (!value.ok) throw new Error('bench grid is not a schedule');
      toCheckReport(value.analysis, 'zh');
      best = Math.min(best, ms);
    }
    line(`  ${String(n).padStart(7)} rows  ${best.toFixed(1).padStart(8)} ms  ${((best * 1000) / n).toFixed(2).padStart(6)} µs/row`);
  }
}

async function benchBuildWorkbook(): Promise<void> {
  line('\nplansheet build (whole processes; the 50,000-row file is the one check reads):');
  for (const l of await benchBuild((rows) => scheduleWorkbook(rows, scheduleRows))) line(`  ${l}`);
}

async function benchExtras(): Promise<void> {
  line('\n.docx build and pack:');
  for (const l of await benchDocx()) line(`  ${l}`);
  if (existsSync(join(ROOT, 'dist', 'taskpane.html'))) {
    line(`\n${formatBundleReport(measureInitialBundle(join(ROOT, 'dist')))}`);
  } else {
    line('\ntask pane initial JavaScript: run `npm run build` first to measure it');
  }
}

async function bench(): Promise<void> {
  benchPipeline();
  await benchReading(line);
  await benchBuildWorkbook();
  await benchExtras();
}

bench().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
