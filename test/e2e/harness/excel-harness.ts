/**
 * Runs in test-excel.html before the app: puts the in-memory Excel fake where
 * Office.js would be, so the same task pane runs "inside Excel" in headless
 * Chromium. The workbook comes from `window.__PLANSHEET_FAKE__`, which the test
 * sets with page.addInitScript; the fake itself is left on `window.__fake` for
 * the test to look at and to play the user (userEdit). With
 * `window.__PLANSHEET_BROWSER_WINDOW__` set, the host also has OpenBrowserWindowApi 1.1,
 * and the URLs it was asked to open are kept in `window.__opened`.
 */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../fakes/excel-fake';

declare global {
  interface Window {
    __PLANSHEET_FAKE__?: FakeExcelOptions;
    __PLANSHEET_BROWSER_WINDOW__?: boolean;
    __fake?: FakeExcel;
    __opened?: string[];
  }
}

const fake = createFakeExcel(window.__PLANSHEET_FAKE__ ?? {});
if (window.__PLANSHEET_BROWSER_WINDOW__) {
  const opened: string[] = [];
  window.__opened = opened;
  fake.otherSets.set('OpenBrowserWindowApi', '1.1');
  // Office.context.ui.openBrowserWindow, as the requirement set documents it:
  // https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets
  Object.assign(fake.Office.context, { ui: { openBrowserWindow: (url: string) => void opened.push(url) } });
}
fake.install();
window.__fake = fake;
