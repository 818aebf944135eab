/**
 * The other formats beside what a user would reach for (SheetJS's own read and sheet_to_json),
 * each in a process of its own so that peak memory is the file's: time and peak RSS, reported,
 * never asserted.
 *
 *   node bin/run-ts.js test/bench/other-formats.bench.ts
 */
import * as XLSX from '@e965/xlsx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodeGb18030 } from '../xlsx/other-formats/encode-text';

const ROOT = resolve(__dirname, '../..');
const ROWS = 50_000;
const MONTHS = ['一月', '2月', '三月', '4-5月', '2023年6月', '七月份', '第三季度', '10月', '十一月', '12月', '每月', '全年'];
const GROUPS = ['思想政治', '民主管理', '师德建设', '文体活动', '关爱服务', '自身建设'];

function scheduleRows(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [['2023年学校工会主要活动安排表'], ['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况']];
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      MONTHS[i % 12],
      `${i + 1}、组织教职工开展第${i + 1}项活动，丰富业余文化生活`,
      GROUPS[i % 6],
      `负责人${i % 17}`,
      i % 3 ? '已完成' : '未完成',
    ]);
  }
  return rows;
}

function book(rows: (string | number)[][]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '活动安排');
  return wb;
}

/** An .ods of two cells, the second at XFD1048576 after a million repeated empty rows. */
function farOds(): Uint8Array {
  const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
  const content =
    `<office:document-content ${ns} xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>` +
    '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>月份</text:p></table:table-cell>' +
    '</table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/>' +
    '</table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16383"/><table:table-cell office:value-type="string">' +
    '<text:p>远</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>';
  const manifest =
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
    'styles.xml': strToU8('<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
  });
}

/** The same with one cell repeated over the whole sheet: 17 billion cells from a kilobyte. */
function repeatBomb(): Uint8Array {
  const files = unzipSync(farOds());
  const content = new TextDecoder()
    .decode(files['content.xml'])
    .replace(
      '<table:table-cell table:number-columns-repeated="16384"/>',
      '<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell>',
    );
  return zipSync({ ...files, 'content.xml': strToU8(content), mimetype: [files.mimetype, { level: 0 }] });
}

/** The child's script: read the file one way, print milliseconds and peak RSS in MB. */
const CHILD = `
const [file, kind, how] = process.argv.slice(1);
// The file as Node reads it (a Buffer): what a user of SheetJS hands it, and what PlanSheet gets from the command line.
const bytes = require('fs').readFileSync(file);
const start = performance.now();
(async () => {
  let outcome = 'read';
  try {
    if (how === 'plansheet') {
      const { readOtherFormat } = require('./src/xlsx/other-formats/read-other-format');
      const { READ_LIMITS } = require('./src/xlsx/read-limits');
      const data = await readOtherFormat(bytes, kind, READ_LIMITS);
      outcome = data.sheets.reduce((n, s) => n + s.rows.length, 0) + ' rows';
    } else {
      const X = require('@e965/xlsx');
      const text = () => new TextDecoder(file.includes('-gb') ? 'gb18030' : 'utf-8').decode(bytes);
      const wb = kind === 'csv' ? X.read(text(), { type: 'string', dense: true }) : X.read(bytes, { dense: how === 'sheetjs-read' });
      if (how === 'sheetjs') outcome = X.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 }).length + ' rows';
    }
  } catch (e) { outcome = (e.code || e.message || String(e)).slice(0, 40); }
  const ms = performance.now() - start;
  // VmHWM: this process's own peak resident set (getrusage's maxRSS would include the parent's, from before exec).
  const hwm = /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'));
  console.log(JSON.stringify({ ms, mb: Number(hwm[1]) / 1024, outcome }));
})();
`;

function run(file: string, kind: string, how: string): string {
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '-r', 'tsx/cjs', '-e', CHILD, file, kind, how], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const { ms, mb, outcome } = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; mb: number; outcome: string };
    return `${(ms / 1000).toFixed(2)} s, ${mb.toFixed(0)} MB peak (${outcome})`;
  } catch (error) {
    return `failed: ${(error as Error).message.split('\n')[0].slice(0, 60)}`;
  }
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'plansheet-bench-'));
  try {
    const rows = scheduleRows(ROWS);
    const csv = XLSX.utils.sheet_to_csv(book(rows).Sheets['活动安排']);
    const files: [string, string, Uint8Array, boolean][] = [
      [`${ROWS} rows, .xls (BIFF8)`, 'xls', new Uint8Array(XLSX.write(book(rows), { type: 'array', bookType: 'biff8' })), true],
      [`${ROWS} rows, .ods`, 'ods', new Uint8Array(XLSX.write(book(rows), { type: 'array', bookType: 'ods' })), true],
      [`${ROWS} rows, .xlsb`, 'xlsb', new Uint8Array(XLSX.write(book(rows), { type: 'array', bookType: 'xlsb' })), true],
      [`${ROWS} rows, CSV UTF-8`, 'csv', new TextEncoder().encode(csv), true],
      [`${ROWS} rows, CSV GB18030`, 'csv', encodeGb18030(csv), true],
      ['one value at XFD1048576, .ods', 'ods', farOds(), false],
      ['one cell repeated over a sheet, .ods', 'ods', repeatBomb(), false],
    ];
    process.stdout.write('other formats (whole processes, peak RSS), PlanSheet beside SheetJS read + sheet_to_json:\n');
    files.forEach(([label, kind, bytes, withJson], i) => {
      const file = join(dir, `${i}${label.includes('GB18030') ? '-gb' : ''}.${kind}`);
      writeFileSync(file, bytes);
      process.stdout.write(`  ${label} (${(bytes.length / 1024).toFixed(0)} KB)\n`);
      process.stdout.write(`    PlanSheet:                ${run(file, kind, 'plansheet')}\n`);
      process.stdout.write(`    SheetJS read (dense):     ${run(file, kind, 'sheetjs-read')}\n`);
      if (withJson) process.stdout.write(`    SheetJS + sheet_to_json:  ${run(file, kind, 'sheetjs')}\n`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
