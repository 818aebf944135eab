#!/usr/bin/env node
/**
 * How much JavaScript the task pane loads before any user action: every local
 * <script src> in taskpane.html (what the browser fetches and runs at once),
 * gzip-compressed as a server would send it. Chunks fetched later by import()
 * (exceljs when a file is opened, docx when a Word file is asked for) are listed
 * apart and do not count. office.js comes from Microsoft's CDN for every add-in,
 * so it is named but not counted either.
 *
 *   node scripts/measure-bundle.js [distDir]     prints the figures (after `npm run build`)
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** The budget from the task pane's spec: 200 KB gzip before any user action. */
const INITIAL_BUDGET_BYTES = 200 * 1024;

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: zlib.constants.Z_DEFAULT_COMPRESSION }).length;
}

/** The src of every <script> tag in an HTML text, in document order. */
function scriptSources(html) {
  const sources = [];
  const tag = /<script\b([^>]*)>/gi;
  let m;
  while ((m = tag.exec(html))) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    if (src) sources.push(src[1] ?? src[2] ?? src[3]);
  }
  return sources;
}

/**
 * @param {string} [distDir] the built dist/ folder (default: dist/ beside this script's folder)
 * @returns {{ html: string, scripts: {src: string, bytes: number, gzip: number}[], external: string[],
 *            lazy: {file: string, bytes: number, gzip: number}[], totalBytes: number, totalGzip: number,
 *            budget: number }}
 */
function measureInitialBundle(distDir = path.resolve(__dirname, '..', 'dist')) {
  const htmlPath = path.join(distDir, 'taskpane.html');
  const html = fs.readFileSync(htmlPath, 'utf8');
  const scripts = [];
  const external = [];
  for (const src of scriptSources(html)) {
    if (/^(https?:)?\/\//i.test(src)) {
      external.push(src);
      continue;
    }
    const file = path.join(distDir, decodeURIComponent(src.split(/[?#]/)[0]).replace(/^\//, ''));
    const buffer = fs.readFileSync(file);
    scripts.push({ src, bytes: buffer.length, gzip: gzipSize(buffer) });
  }
  const initial = new Set(scripts.map((s) => path.basename(s.src.split(/[?#]/)[0])));
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .map((f) => {
      const buffer = fs.readFileSync(path.join(distDir, f));
      return { file: f, bytes: buffer.length, gzip: gzipSize(buffer) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    html: htmlPath,
    scripts,
    external,
    lazy,
    totalBytes: scripts.reduce((n, s) => n + s.bytes, 0),
    totalGzip: scripts.reduce((n, s) => n + s.gzip, 0),
    budget: INITIAL_BUDGET_BYTES,
  };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The figures as a few lines of text, for the bench runner and the command line. */
function formatBundleReport(report) {
  const lines = [
    `task pane JavaScript before any user action: ${kb(report.totalGzip)} gzip (${kb(report.totalBytes)} minified), budget ${kb(report.budget)}`,
    ...report.scripts.map((s) => `  ${s.src}: ${kb(s.gzip)} gzip`),
    ...report.external.map((src) => `  ${src}: Microsoft's CDN, not counted`),
    `loaded on demand: ${report.lazy.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ') || 'nothing'}`,
  ];
  return lines.join('\n');
}

module.exports = { measureInitialBundle, formatBundleReport, scriptSources, INITIAL_BUDGET_BYTES };

if (require.main === module) {
  const report = measureInitialBundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  process.stdout.write(`${formatBundleReport(report)}\n`);
  if (report.totalGzip > report.budget) process.exitCode = 1;
}
