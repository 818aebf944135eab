/**
 * Runs in test-excel.html before the app: puts the in-memory Excel fake where
 * Office.js would be, so the same task pane runs "inside Excel" in headless
 * Chromium. The workbook comes from `window.__PLANSHEET_FAKE__`, which the test
 * sets with page.addInitScript; the fake itself is left on `window.__fake` for
 * the test to look at and to play the user (userEdit).
 */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../fakes/excel-fake';

declare global {
  interface Window {
    __PLANSHEET_FAKE__?: FakeExcelOptions;
    __fake?: FakeExcel;
  }
}

const fake = createFakeExcel(window.__PLANSHEET_FAKE__ ?? {});
fake.install();
window.__fake = fake;
