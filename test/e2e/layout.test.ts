/**
 * The result first, at the widths a pane and a page have (280 px: a narrow pane or 125 % zoom; 350 px:
 * the usual pane; 1280 px: a browser window), in light and dark, in Chinese and English: after the
 * workbook opens, the coverage strip and the main actions are in the first screen (800 px high), the
 * tiles say their state in full, and axe finds nothing against WCAG 2.2 AA, with every settings section
 * open too. Each case leaves a screenshot in test-artifacts/ to look at.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Lang } from '../../src/core/words/lang';
import type { FakeExcelOptions, SetupValue } from '../fakes/excel-fake';
import { axeViolations, bottoms } from './helpers/axe';
import { launchChromium, newContext, screenshot } from './helpers/browser';
import { openSettings } from './helpers/page-reading';
import { NOTES_ROWS, NOTES_SHEET, SCHEDULE_MERGES, SCHEDULE_ROWS, SCHEDULE_SHEET, standaloneWorkbook } from './helpers/scenario';
import { serveDist, type DistServer } from './helpers/serve-dist';

const SCREEN = 800;
const LIGHT = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#000000',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#000000',
};
const DARK = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#3B3B3B',
  controlForegroundColor: '#FFFFFF',
};

type Scheme = 'light' | 'dark';
const CASES: [number, Scheme, Lang][] = [280, 350, 1280].flatMap((w) =>
  (['light', 'dark'] as const).flatMap((scheme) => (['zh', 'en'] as const).map((lang): [number, Scheme, Lang] => [w, scheme, lang])),
);

function fakeWorkbook(lang: Lang, scheme: Scheme): FakeExcelOptions {
  const rows = (r: readonly (readonly unknown[])[]) => r.map((row) => [...row]) as SetupValue[][];
  return {
    sheets: [
      { name: NOTES_SHEET, rows: rows(NOTES_ROWS) },
      { name: SCHEDULE_SHEET, rows: rows(SCHEDULE_ROWS), merges: SCHEDULE_MERGES },
    ],
    displayLanguage: lang === 'zh' ? 'zh-CN' : 'en-US',
    officeTheme: scheme === 'dark' ? DARK : LIGHT,
  };
}

/** Tiles whose state text does not fit ("缺少…"): none may be cut. */
function cutTiles(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=coverage-strip] li span:last-child', (spans) =>
    spans.filter((s) => s.scrollWidth > s.clientWidth + 1 || s.scrollHeight > s.clientHeight + 1).map((s) => s.textContent ?? ''),
  );
}

/** Checks the first screen and axe, opens every section and runs axe again; returns the violations. */
interface PaneCheck {
  readonly below: string[];
  readonly cut: string[];
  readonly axe: string[];
}

async function checkPane(page: Page, name: string, actions: readonly string[]): Promise<PaneCheck> {
  const edges = await bottoms(page, ['coverage-strip', 'coverage-summary', ...actions]);
  const below = Object.entries(edges)
    .filter(([, bottom]) => bottom < 0 || bottom > SCREEN)
    .map(([id, bottom]) => `${id} at ${bottom}`);
  const cut = await cutTiles(page);
  await screenshot(page, `${name}-first-screen`, false);
  const axe = await axeViolations(page);
  for (const section of ['source', 'period', 'document'] as const) await openSettings(page, section);
  await screenshot(page, `${name}-open`);
  return { below, cut, axe: [...axe, ...(await axeViolations(page))] };
}

describe('the result first, readable and accessible', () => {
  let server: DistServer;
  let browser: Browser;

  beforeAll(async () => {
    const dist = process.env.PLANSHEET_E2E_DIST;
    if (!dist) throw new Error('PLANSHEET_E2E_DIST is not set: run through jest.e2e.config.js');
    server = await serveDist(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(CASES)('standalone at %i px, %s, %s: strip and actions in the first screen, axe clean', async (width, scheme, lang) => {
    const context: BrowserContext = await newContext(browser, server.url, {
      locale: lang === 'zh' ? 'zh-CN' : 'en-US',
      viewport: { width, height: SCREEN },
      colorScheme: scheme,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('open-file').waitFor();
      const start = await axeViolations(page);
      const { name, bytes } = await standaloneWorkbook();
      await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
      await page.getByTestId('coverage-strip').waitFor();
      const found = await checkPane(page, `standalone-${width}-${scheme}-${lang}`, ['download-workbook', 'copy-text', 'download-docx']);
      expect({ ...found, start }).toEqual({ below: [], cut: [], axe: [], start: [] });
    } finally {
      await context.close();
    }
  });

  const PANE_CASES = CASES.filter(([w]) => w < 1000);
  it.each(PANE_CASES)('in Excel at %i px, %s, %s: strip and actions in the first screen, axe clean', async (width, scheme, lang) => {
    const context = await newContext(browser, server.url, { viewport: { width, height: SCREEN } });
    try {
      await context.addInitScript(
        (setup) => {
          (window as unknown as { __PLANSHEET_FAKE__: unknown }).__PLANSHEET_FAKE__ = setup;
        },
        fakeWorkbook(lang, scheme),
      );
      const page = await context.newPage();
      await page.goto(`${server.url}test-excel.html`);
      await page.getByTestId('coverage-strip').waitFor();
      expect(await page.locator('h1').count()).toBe(1);
      const found = await checkPane(page, `pane-${width}-${scheme}-${lang}`, ['build-tables', 'copy-text', 'download-docx']);
      expect(found).toEqual({ below: [], cut: [], axe: [] });
    } finally {
      await context.close();
    }
  });
});
