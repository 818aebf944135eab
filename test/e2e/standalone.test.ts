/**
 * The task pane as a plain web page (no Excel): open an .xlsx, see the coverage
 * and the issues, change the exempt months, download the plan workbook and the
 * Word document, and check what was downloaded.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { analyzeSheet } from '../../src/core/plan/analyze-sheet';
import { blockText } from '../../src/core/document/block-text';
import { buildDocument } from '../../src/core/document/build-document';
import { describePlanSheets } from '../../src/core/tables/describe-plan-sheets';
import { docOptionsFromSettings } from '../../src/core/settings/doc-options-from-settings';
import { formatIssue } from '../../src/core/words/format-issue';
import type { Analysis, AnalysisResult } from '../../src/core/plan/analysis';
import type { Grid } from '../../src/core/sheet/grid';
import { describeError } from '../../src/taskpane/describe-error';
import { uiStrings } from '../../src/core/words/pane-words';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { collectPageErrors, launchChromium, newContext, screenshot } from './helpers/browser';
import { expectedAnalysis, standaloneWorkbook } from './helpers/scenario';
import { serveDist, type DistServer } from './helpers/serve-dist';
import { docxParagraphs, issueRows, openSettings, textOnceShown, tileStatuses } from './helpers/page-reading';
import { rectangle } from '../helpers/grid';

const zh = uiStrings('zh');

function must(result: AnalysisResult): Analysis {
  if (!result.ok) throw new Error(`not a schedule: ${JSON.stringify(result.issues)}`);
  return result.analysis;
}

describe('standalone page (no Excel)', () => {
  let server: DistServer;
  let browser: Browser;
  let workbook: { name: string; bytes: Uint8Array };
  let grid: Grid;
  let analysis: Analysis;

  beforeAll(async () => {
    const dist = process.env.PLANSHEET_E2E_DIST;
    if (!dist) throw new Error('PLANSHEET_E2E_DIST is not set: run through jest.e2e.config.js');
    server = await serveDist(dist);
    browser = await launchChromium();
    workbook = await standaloneWorkbook();
    const expected = await expectedAnalysis(workbook.bytes);
    grid = expected.grid;
    analysis = must(expected.result);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWorkbook(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('file-input').setInputFiles({
      name: workbook.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook.bytes),
    });
    await page.getByTestId('coverage-strip').waitFor();
    return { page, errors };
  }

  describe('on the opened workbook', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    let gapMonth: number;
    let exempted: Analysis;

    beforeAll(async () => {
      context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      ({ page, errors } = await openWorkbook(context));
      gapMonth = analysis.coverage.gaps[0];
      exempted = must(analyzeSheet(grid, { exempt: [gapMonth] }));
    });

    afterAll(async () => {
      await context?.close();
    });

    it('opens in file mode, with the file named and nothing uploaded', async () => {
      expect(await page.getByTestId('file-name').textContent()).toBe(zh.currentFile(workbook.name));
      expect(await page.getByTestId('sheet-select').inputValue()).toBe(grid.sheetName);
    });

    it('shows the months and the gaps core finds in the file', async () => {
      expect(analysis.coverage.gaps.length).toBeGreaterThan(0);
      expect(await tileStatuses(page)).toEqual(analysis.coverage.months.map((m) => [m.month, m.status, m.count]));
      expect(await page.getByTestId('coverage-summary').textContent()).toBe(zh.coverageSummary(analysis.coverage.gaps, []));
    });

    it('lists the issues with their cells and messages', async () => {
      expect(analysis.issues.length).toBeGreaterThan(0);
      expect(await issueRows(page)).toEqual(analysis.issues.slice(0, 20).map((i) => `${i.cell ?? zh.sheetLevel}${formatIssue(i, 'zh')}`));
    });

    it('moves focus to the result once the file is open', async () => {
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('result');
    });

    it('redraws the strip when a gap month is made exempt', async () => {
      await openSettings(page, 'period');
      await page.getByTestId('exempt-months').getByLabel(zh.monthName(gapMonth), { exact: true }).check();
      await page.waitForFunction(
        (m) => document.querySelector(`[data-testid=coverage-strip] li[data-month="${m}"]`)?.getAttribute('data-status') === 'exempt',
        gapMonth,
      );
      expect(await tileStatuses(page)).toEqual(exempted.coverage.months.map((m) => [m.month, m.status, m.count]));
      expect(await page.getByTestId('coverage-summary').textContent()).toBe(zh.coverageSummary(exempted.coverage.gaps, [gapMonth]));
    });

    it('downloads the plan workbook: the original sheets untouched, plus the three plan tables', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-workbook').click()]);
      expect(download.suggestedFilename()).toBe(`${workbook.name.replace(/\.xlsx$/, '')}${zh.planWorkbookSuffix}.xlsx`);
      const bytes = new Uint8Array(fs.readFileSync(await download.path()));

      const specs = describePlanSheets(exempted, 'zh');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      const original = await readWorkbook(workbook.bytes);
      expect(book.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual([
        ...original.sheets.map((g) => g.sheetName),
        ...specs.map((s) => s.name),
      ]);
      for (const spec of specs) {
        const ws = book.getWorksheet(spec.name)!;
        const header = spec.columns.map((_, c) => ws.getCell(1, c + 1).value);
        const body = spec.rows.map((row, r) => row.map((_, c) => ws.getCell(r + 2, c + 1).value ?? null));
        expect({ sheet: spec.name, header, body }).toEqual({
          sheet: spec.name,
          header: spec.columns.map((c) => c.header),
          body: spec.rows,
        });
      }
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))).toHaveLength(3);

      const reread = await readWorkbook(bytes);
      expect(rectangle(reread.sheets.find((g) => g.sheetName === grid.sheetName)!).values).toEqual(rectangle(grid).values);
      expect(reread.settings.exempt).toEqual([gapMonth]);
      const downloaded = zh.downloaded(download.suggestedFilename());
      expect(await textOnceShown(page, 'build-result', downloaded)).toContain(downloaded);
    });

    it('copies the plan text to the clipboard', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
      await page.getByTestId('copy-text').click();
      await page.waitForFunction((done) => document.querySelector('[data-testid=doc-status]')?.textContent === done, zh.copied);
      const preview = await page.getByTestId('doc-preview').textContent();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(preview);
    });

    it('downloads the Word document with the fields typed in the page', async () => {
      const unit = '红星小学工会';
      const goals = '办好教职工满意的十件实事';
      await openSettings(page, 'document');
      await page.getByTestId('unit-input').fill(unit);
      await page.getByTestId('goals-input').fill(goals);
      await page.waitForFunction((text) => document.querySelector('[data-testid=doc-preview]')?.textContent?.includes(text), goals);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
      const bytes = fs.readFileSync(await download.path());
      const paragraphs = await docxParagraphs(bytes);

      const now = new Date();
      const doc = buildDocument(
        exempted,
        docOptionsFromSettings({ unit, goals, exempt: [gapMonth] }, 'zh', {
          year: now.getFullYear(),
          month: now.getMonth() + 1,
          day: now.getDate(),
        }),
      );
      expect(download.suggestedFilename()).toBe(`${doc.title}.docx`);
      // One paragraph per block, as core words it (signatures and tables span several).
      const expectedLines = doc.blocks.filter((b) => b.kind !== 'signature' && b.kind !== 'table').map((b) => blockText(b, 'zh'));
      expect(expectedLines).toContain(goals);
      // Every line of the model is a paragraph of the file, in the model's order.
      expect(expectedLines.filter((line) => !paragraphs.includes(line))).toEqual([]);
      const found = expectedLines.map((line) => paragraphs.indexOf(line));
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      expect(paragraphs.some((p) => p.includes(unit))).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('follows the system %s theme at 1280 px (screenshot)', async (_name, scheme) => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    try {
      const { page, errors } = await openWorkbook(context);
      expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(scheme);
      await screenshot(page, `standalone-1280-${scheme}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the opening screen in English for an English browser, and survives office.js failing to load', async () => {
    const context = await newContext(browser, server.url, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    try {
      // No Office.js at all (offline, blocked): the page must still come up in file mode.
      await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('open-file').waitFor();
      expect(await page.getByTestId('open-file').textContent()).toBe(uiStrings('en').openFile);
      expect(await page.evaluate(() => [typeof (window as { Office?: unknown }).Office, document.documentElement.lang])).toEqual([
        'undefined',
        'en',
      ]);
      await screenshot(page, 'standalone-1280-start-en');
    } finally {
      await context.close();
    }
  });

  it('names a damaged file as the reader does and keeps the file that was open', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openWorkbook(context);
      const truncated = Buffer.from(workbook.bytes.slice(0, Math.floor(workbook.bytes.length / 2)));
      // Whatever the reader calls these bytes, the page must say it in the reader's words.
      const said = await readWorkbook(new Uint8Array(truncated)).then(
        () => null,
        (e: unknown) => describeError(e, 'zh', '截断.xlsx'),
      );
      expect(said).not.toBeNull();
      await page.getByTestId('file-input').setInputFiles({ name: '截断.xlsx', mimeType: 'application/octet-stream', buffer: truncated });
      await page.getByTestId('error-bar').waitFor();
      expect(await page.getByTestId('error-bar').textContent()).toBe(`${zh.errorTitle}${said}`);
      expect(await page.getByTestId('file-name').textContent()).toBe(zh.currentFile(workbook.name));
      expect(await tileStatuses(page)).toEqual(analysis.coverage.months.map((m) => [m.month, m.status, m.count]));
      expect(await page.getByText(zh.noIssues).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('switches to English from the switch on the page, and remembers it next time', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
      expect(await page.getByTestId('open-file').textContent()).toBe(uiStrings('en').openFile);
      await page.reload();
      await page.getByTestId('open-file').waitFor();
      expect([await page.getByTestId('open-file').textContent(), await page.evaluate(() => document.documentElement.lang)]).toEqual([
        uiStrings('en').openFile,
        'en',
      ]);
    } finally {
      await context.close();
    }
  });

  it('gives a traditional-Chinese browser the Chinese page, and says it is simplified', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-TW', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('open-file').waitFor();
      expect(await page.getByTestId('open-file').textContent()).toBe(zh.openFile);
      expect(await page.getByText(zh.simplifiedOnly).count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
