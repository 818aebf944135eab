/**
 * The page's first seconds, whatever the network does: Office.js on Microsoft's CDN hanging or
 * failing must not keep the standalone page from being usable within 3 s, and a bundle that never
 * starts (an old webview that cannot parse it, or a request that never returns) must not leave the
 * pane on 正在加载… forever.
 */
import { parse } from 'acorn';
import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { uiStrings } from '../../src/core/words/pane-words';
import { launchChromium, newContext } from './helpers/browser';
import { serveDist, type DistServer } from './helpers/serve-dist';

const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

describe('the first seconds of the page', () => {
  let server: DistServer;
  let browser: Browser;
  let dist: string;

  beforeAll(async () => {
    dist = process.env.PLANSHEET_E2E_DIST ?? '';
    if (!dist) throw new Error('PLANSHEET_E2E_DIST is not set: run through jest.e2e.config.js');
    server = await serveDist(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships the boot script of the built page as ES5', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const script = /<script id="?plansheet-boot"?>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('此版本的 Office 不支持本加载项');
    expect(() => parse(script, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('is usable within 3 s while the Office.js CDN hangs', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    try {
      const hanging: string[] = [];
      // Never answered: a filtered network that neither refuses nor delivers.
      await context.route('https://appsforoffice.microsoft.com/**', (route) => void hanging.push(route.request().url()));
      const page = await context.newPage();
      // 'commit': the load event itself waits for the hanging script.
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      await page.getByTestId('open-file').waitFor({ timeout: 3000 });
      expect(await page.getByTestId('open-file').isEnabled()).toBe(true);
      expect(hanging).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    } finally {
      await context.close();
    }
  });

  it('in an old webview that cannot start the bundle, says within 3 s that this Office cannot run it', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 350, height: 600 }, userAgent: IE11_UA });
    try {
      await context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      const box = page.locator('[data-boot]');
      // The script's own timer is 3 s (test/taskpane/boot-script.test.ts); the rest allows for a busy machine.
      await box.waitFor({ timeout: 5000 });
      expect(await box.getAttribute('data-boot')).toBe('unsupported');
      const here = `${server.url}taskpane.html`;
      expect(await box.textContent()).toBe(
        `此版本的 Office 不支持本加载项。请使用 Microsoft 365、Office 2021 或更新版本，或在浏览器中打开 ${here} 使用计划表助手。` +
          `This version of Office cannot run PlanSheet.Use Microsoft 365, Office 2021 or later, or open ${here} in a web browser.`,
      );
      expect(await box.getAttribute('role')).toBe('alert');
    } finally {
      await context.close();
    }
  });

  it('in a current browser whose bundle does not arrive, says it is slow instead of loading forever', async () => {
    const context = await newContext(browser, server.url, { locale: 'zh-CN', viewport: { width: 350, height: 600 } });
    try {
      await context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      const box = page.locator('[data-boot]');
      // The script's own timer is 3 s (test/taskpane/boot-script.test.ts); the rest allows for a busy machine.
      await box.waitFor({ timeout: 5000 });
      expect(await box.getAttribute('data-boot')).toBe('slow');
    } finally {
      await context.close();
    }
  });

  it('never shows the fallback over a pane that started', async () => {
    const context = await newContext(browser, server.url, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId('open-file').waitFor();
      await page.waitForTimeout(3200);
      expect([await page.locator('[data-boot]').count(), await page.getByTestId('open-file').textContent()]).toEqual([
        0,
        uiStrings('en').openFile,
      ]);
    } finally {
      await context.close();
    }
  });
});
