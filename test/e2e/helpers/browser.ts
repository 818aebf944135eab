import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { officeJsFile } from './serve-dist';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/**
 * A browser context whose requests for Office.js on Microsoft's CDN are served
 * from node_modules/@microsoft/office-js/dist, and whose every other request
 * outside the test server fails at once (the network is closed anyway; this
 * keeps a stray request from hanging a test).
 */
export async function newContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = officeJsFile(url.slice(OFFICE_CDN.length).split(/[?#]/)[0]);
      if (file) return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
    }
    return route.abort('internetdisconnected');
  });
  return context;
}

/** Collects what the page logged as errors and its uncaught exceptions, for asserting there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts');

/** Saves a screenshot of the page (the whole page, or only the first screen) under test-artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
