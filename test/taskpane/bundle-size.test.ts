import fs from 'fs';
import path from 'path';
import { INITIAL_BUDGET_BYTES, measureInitialBundle } from '../../scripts/measure-bundle.js';
import { buildPane, isDistFresh } from '../helpers/build-pane';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

describe('task pane bundle', () => {
  let distDir: string;

  beforeAll(async () => {
    // A dist/ built after the last change is measured as it is; otherwise build afresh elsewhere.
    distDir = isDistFresh(DIST) ? DIST : await buildPane();
  }, 300_000);

  afterAll(() => {
    if (distDir && distDir !== DIST) fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('loads at most 200 KB of gzip JavaScript before any user action', () => {
    const report = measureInitialBundle(distDir);
    expect(report.scripts.length).toBeGreaterThan(0);
    expect(report.totalGzip).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });

  it('keeps exceljs and docx out of the scripts taskpane.html loads', () => {
    const report = measureInitialBundle(distDir);
    const initialText = report.scripts.map((s) => fs.readFileSync(path.join(distDir, s.src), 'utf8')).join('\n');
    // Markers from each library's own source: exceljs's workbook writer and docx's packer.
    expect({ exceljs: initialText.includes('xl/workbook.xml'), docx: initialText.includes('word/document.xml') }).toEqual({
      exceljs: false,
      docx: false,
    });
    const lazyText = report.lazy.map((c) => fs.readFileSync(path.join(distDir, c.file), 'utf8')).join('\n');
    expect({ exceljs: lazyText.includes('xl/workbook.xml'), docx: lazyText.includes('word/document.xml') }).toEqual({
      exceljs: true,
      docx: true,
    });
  });

  it('loads office.js from Microsoft, not from the bundle', () => {
    expect(measureInitialBundle(distDir).external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
