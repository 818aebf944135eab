/**
 * `npm run bench:pane`: the standalone page in headless Chromium on a 20,000-row schedule, at 1× and 4×
 * CPU (CDP Emulation.setCPUThrottlingRate), reported, never asserted:
 * - from choosing the file to the coverage strip on screen;
 * - each keystroke typed into 单位名称, from keydown to the frame after it (the page's own clock), and
 *   the longest Event Timing entry of the typing (what Chromium counts for INP);
 * - the rebuild of the document preview after the pause in typing (the longest task after the last key).
 * Builds the pane into a temporary folder unless PLANSHEET_E2E_DIST names a build.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newContext } from '../e2e/helpers/browser';
import { openSettings } from '../e2e/helpers/page-reading';
import { serveDist } from '../e2e/helpers/serve-dist';
import { buildPane } from '../helpers/build-pane';

const ROWS = 20_000;
const TYPED = '红星小学工会';
const GROUPS = ['思想政治', '民主管理', '师德建设', '文体活动', '关爱服务', '自身建设'];

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function workbook(): Promise<Buffer> {
  const file = path.join(os.tmpdir(), 'plansheet-bench', `pane-${ROWS}.xlsx`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('活动安排');
    ws.addRow(['2024年学校工会主要活动安排表']);
    ws.addRow(['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况']);
    for (let i = 0; i < ROWS; i++) {
      const activity = `组织教职工开展第${i + 1}项活动，丰富业余文化生活`;
      ws.addRow([i + 1, `${(i % 12) + 1}月`, activity, GROUPS[i % GROUPS.length], `负责人${i % 17}`, '已完成']);
    }
    ws.mergeCells('A1:F1');
    await wb.xlsx.writeFile(file);
  }
  return fs.readFileSync(file);
}

interface Timings {
  __keys: number[];
  __events: { name: string; duration: number; at: number; processing: number }[];
  __long: { at: number; ms: number }[];
}

/** Times each key on the page's clock and collects Event Timing entries and long tasks. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Timings;
    w.__keys = [];
    w.__events = [];
    w.__long = [];
    // playwright types CJK text as text input (no keydown), as an IME commits it: time from the input event.
    document.addEventListener(
      'input',
      () => {
        const t = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t), 0));
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        w.__events.push({ name: e.name, duration: e.duration, at: e.startTime, processing: e.processingEnd - e.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function run(rate: number, bytes: Buffer, url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await newContext(browser, url, { locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}taskpane.html`);
    await page.getByTestId('open-file').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const opened = Date.now();
    const file = { name: 'schedule-20000.xlsx', mimeType: 'application/octet-stream', buffer: bytes };
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('coverage-strip').waitFor({ timeout: 300_000 });
    const openMs = Date.now() - opened;
    await openSettings(page, 'document');
    await page.waitForTimeout(1000);
    await instrument(page);
    await page.getByTestId('unit-input').click();
    const typingFrom = await page.evaluate(() => performance.now());
    for (const ch of TYPED) await page.keyboard.type(ch, { delay: 0 }).then(() => page.waitForTimeout(120));
    const lastKeyAt = await page.evaluate(() => performance.now());
    await page.waitForFunction((text) => document.querySelector('[data-testid=doc-preview]')?.textContent?.includes(text), TYPED, {
      timeout: 120_000,
    });
    await page.waitForTimeout(500);
    const got = await page.evaluate(() => {
      const w = window as unknown as Timings;
      return { keys: w.__keys, events: w.__events, long: w.__long };
    });
    const perKey = got.keys.map((ms) => ms.toFixed(0)).join(', ');
    const typing = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'];
    const keyEvents = got.events.filter((e) => e.at > typingFrom && typing.includes(e.name));
    const inp = Math.max(0, ...keyEvents.map((e) => e.duration));
    const handlers = keyEvents
      .filter((e) => e.name === 'input')
      .map((e) => e.processing.toFixed(0))
      .join(', ');
    // Event Timing counts to the next paint; on a busy headless machine that alone is tens of ms
    // (see the pointer events, for which the page does nothing).
    const idle = Math.max(0, ...got.events.filter((e) => e.name === 'pointerover').map((e) => e.duration));
    if (process.env.PANE_BENCH_DEBUG) line(JSON.stringify(got));
    const rebuild = Math.max(0, ...got.long.filter((t) => t.at > lastKeyAt).map((t) => t.ms));
    line(`  CPU ${rate}×: file chosen → coverage shown ${openMs} ms`);
    line(`         keystrokes in 单位名称 (ms, input → next frame): ${perKey}`);
    line(`         input handlers (Event Timing processing, ms): ${handlers || 'none over 16 ms'}`);
    line(`         longest Event Timing entry ${inp.toFixed(0)} ms (a pointerover that does nothing: ${idle.toFixed(0)} ms)`);
    line(`         preview rebuilt after the pause: longest task ${rebuild.toFixed(0)} ms`);
    await context.close();
  } finally {
    await browser.close();
  }
}

async function bench(): Promise<void> {
  const owned = !process.env.PLANSHEET_E2E_DIST;
  const dist = process.env.PLANSHEET_E2E_DIST ?? (await buildPane());
  const server = await serveDist(dist);
  try {
    const bytes = await workbook();
    line(`task pane, standalone page, ${ROWS.toLocaleString('en')}-row schedule (${(bytes.length / 1e6).toFixed(1)} MB):`);
    const rates = (process.env.PANE_BENCH_RATES ?? '1,4').split(',').map(Number);
    for (const rate of rates) await run(rate, bytes, server.url);
  } finally {
    await server.close();
    if (owned) fs.rmSync(dist, { recursive: true, force: true });
  }
}

bench().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
