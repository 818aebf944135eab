/**
 * Reading workbooks (called by test/bench/run.ts), whole processes side by side in one run:
 * `plansheet check` on 50,000 and 200,000 rows, on a sheet with one value at XFD1048576 and on
 * zip bombs, beside exceljs merely reading the same file and beside the floor (inflating the
 * parts and scanning the sheet once). Each process reports its own peak resident memory and CPU
 * time at exit (report-usage.cjs, getrusage); wall time is taken here. Then, in this process, the
 * pieces the reader was chosen by: its XML tokenizer beside saxes, the platform's inflater beside
 * fflate's.
 */
import ExcelJS from 'exceljs';
import { Inflate } from 'fflate';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { READ_LIMITS } from '../../src/xlsx/read-limits';
import { entryData, readZipDirectory, type ZipEntry } from '../../src/xlsx/list-zip-entries';
import { crc32 } from '../../src/xlsx/crc32';
import { streamEntry, type Inflater } from '../../src/xlsx/read/inflate-entry';
import { ReadBudget } from '../../src/xlsx/read/read-budget';
import { XmlTokenizer } from '../../src/xlsx/read/xml-tokenizer';

const ROOT = resolve(__dirname, '../..');
const DIR = join(tmpdir(), 'plansheet-bench');
const MONTHS = ['一月', '2月', '三月', '4-5月', '2023年6月', '七月份', '第三季度', '10月', '十一月', '12月', '每月', '全年'];
const GROUPS = ['思想政治', '民主管理', '师德建设', '文体活动', '关爱服务', '自身建设'];

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly code: number;
  readonly stderr: string;
}

/** One run of a node process: its wall time, and the CPU time and peak memory it reports at exit. */
function runOnce(args: readonly string[]): Run {
  const usageFile = join(DIR, `usage-${process.pid}.json`);
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(__dirname, 'report-usage.cjs'), ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NODE_OPTIONS: '' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const wallMs = performance.now() - start;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMicros: number };
  unlinkSync(usageFile);
  return { wallMs, cpuMs: usage.cpuMicros / 1000, rssMb: usage.maxRssKb / 1024, code: child.status ?? -1, stderr: child.stderr };
}

/**
 * Node processes side by side, best of `times` each: the least wall time, CPU time and peak memory
 * each needed. Their runs take turns, so that a busy moment of the machine falls on all alike.
 */
function measure(commands: readonly (readonly string[])[], times: number): Run[] {
  const best: (Run | null)[] = commands.map(() => null);
  for (let k = 0; k < times; k++) {
    commands.forEach((args, i) => {
      const run = runOnce(args);
      const before = best[i];
      best[i] = before === null ? run : { ...run, ...leastOf(before, run) };
    });
  }
  return best as Run[];
}

function leastOf(a: Run, b: Run): Pick<Run, 'wallMs' | 'cpuMs' | 'rssMb'> {
  return { wallMs: Math.min(a.wallMs, b.wallMs), cpuMs: Math.min(a.cpuMs, b.cpuMs), rssMb: Math.min(a.rssMb, b.rssMb) };
}

const plansheet = (file: string): string[] => [join(ROOT, 'bin', 'plansheet.js'), 'check', file, '--json'];
const exceljsRead = (file: string): string[] => [join(__dirname, 'exceljs-read.cjs'), file];
const floor = (file: string): string[] => [join(__dirname, 'unzip-and-scan.cjs'), file];

function row(label: string, run: Run, note = ''): string {
  const cells = [`${run.wallMs.toFixed(0)} ms`.padStart(9), `${run.cpuMs.toFixed(0)} ms`.padStart(9)];
  cells.push(`${run.rssMb.toFixed(0)} MB`.padStart(8));
  return `  ${label.padEnd(38)}${cells.join('')}${note ? `   ${note}` : ''}`;
}

async function scheduleFile(rows: number): Promise<string> {
  const file = join(DIR, `schedule-${rows}.xlsx`);
  if (existsSync(file)) return file;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('活动安排');
  ws.addRow(['2023年学校工会主要活动安排表']);
  ws.addRow(['序号', '月份', '活动内容', '工作类别', '负责人', '完成情况']);
  for (let i = 0; i < rows; i++) {
    const activity = `${i + 1}、组织教职工开展第${i + 1}项活动，丰富业余文化生活`;
    ws.addRow([i + 1, MONTHS[i % MONTHS.length], activity, GROUPS[i % GROUPS.length], `负责人${i % 17}`, i % 3 ? '已完成' : '未完成']);
  }
  ws.mergeCells('A1:F1');
  await wb.xlsx.writeFile(file);
  return file;
}

interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** A zip of deflated entries, each declaring `declared(size)` as its uncompressed size. */
function zipOf(entries: readonly RawEntry[], declared: (size: number) => number): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(e.crc, 14);
    header.writeUInt32LE(e.data.length, 18);
    header.writeUInt32LE(declared(e.size), 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.data.length, 20);
    record.writeUInt32LE(declared(e.size), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    local.push(header, name, Buffer.from(e.data));
    central.push(record, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** A workbook whose one sheet is 600 MB of blanks between two tags (about 600 KB zipped); `hidden` declares it 1 KB. */
function bombFile(hidden: boolean): string {
  const file = join(DIR, hidden ? 'bomb-hidden-size.xlsx' : 'bomb-declared-size.xlsx');
  if (existsSync(file)) return file;
  const entry = (name: string, text: string | Buffer): RawEntry => {
    const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    return { name, data: deflateRawSync(data), crc: crc32(data), size: data.length };
  };
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = (type: string, target: string) =>
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${rel}/${type}" Target="${target}"/></Relationships>`;
  const sheet = Buffer.alloc(600 << 20, 32);
  sheet.write(`<worksheet xmlns="${main}"><sheetData>`, 0);
  sheet.write('</sheetData></worksheet>', sheet.length - 24);
  const entries = [
    entry('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    entry('_rels/.rels', rels('officeDocument', 'xl/workbook.xml')),
    entry('xl/workbook.xml', `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`),
    entry('xl/_rels/workbook.xml.rels', rels('worksheet', 'worksheets/sheet1.xml')),
    entry('xl/worksheets/sheet1.xml', sheet),
  ];
  writeFileSync(
    file,
    zipOf(entries, (size) => (hidden && size > 1 << 20 ? 1024 : size)),
  );
  return file;
}

function best(times: number, work: () => void): number {
  let least = Infinity;
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

async function bestAsync(times: number, work: () => Promise<void>): Promise<number> {
  let least = Infinity;
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    await work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

function part(bytes: Uint8Array, name: string): ZipEntry {
  return readZipDirectory(bytes)!.entries.find((e) => e.name === name)!;
}

/** Our tokenizer and saxes, each counting the cells of the same sheet and reading their values. */
function benchTokenizers(sheetXml: Uint8Array): string[] {
  let cells = 0;
  const ours = (): void => {
    cells = 0;
    const t = new XmlTokenizer({
      open: (name, tok) => {
        if (name === 'c') cells++;
        tok.capture = name === 'v';
      },
      close: (_n, tok) => (tok.capture = false),
      text: (tok) => void tok.text(),
    });
    for (let at = 0; at < sheetXml.length; at += 64 << 10) t.write(sheetXml.subarray(at, at + (64 << 10)));
    t.end();
  };
  const saxes = (): void => {
    cells = 0;
    const parser = new SaxesParser();
    let inValue = false;
    parser.on('opentag', (tag) => {
      if (tag.name === 'c') cells++;
      inValue = tag.name === 'v';
    });
    parser.on('closetag', () => (inValue = false));
    parser.on('text', (text) => void (inValue && text));
    const decoder = new TextDecoder();
    for (let at = 0; at < sheetXml.length; at += 64 << 10) {
      parser.write(decoder.decode(sheetXml.subarray(at, at + (64 << 10)), { stream: true }));
    }
    parser.close();
  };
  ours();
  saxes();
  const oursMs = best(5, ours);
  const saxesMs = best(5, saxes);
  return [
    `XML tokenizers on the sheet of the 50,000-row workbook (${(sheetXml.length / 1e6).toFixed(1)} MB, ${cells} cells), best of 5:`,
    `  saxes 6 (text decoded first)   ${saxesMs.toFixed(0).padStart(6)} ms`,
    `  ours (on the bytes)            ${oursMs.toFixed(0).padStart(6)} ms   ${(oursMs / saxesMs).toFixed(2)}× saxes`,
  ];
}

/**
 * Both inflaters on the sheet and shared strings, with the reader's limits and CRC checks: warm
 * (here, best of 5) and cold (a fresh process each time, as a file is read once; best of 5).
 */
async function benchInflaters(file: string, bytes: Uint8Array): Promise<string[]> {
  const entries = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'].map((n) => part(bytes, n));
  const size = entries.reduce((n, e) => n + e.size, 0);
  const warm = (inflater: Inflater) => async () => {
    const budget = new ReadBudget(READ_LIMITS);
    for (const e of entries) await streamEntry(bytes, e, budget, () => undefined, inflater);
  };
  const cold = (inflater: Inflater): number => {
    let least = Infinity;
    for (let k = 0; k < 5; k++) {
      const script = [join(ROOT, 'bin', 'run-ts.js'), join(__dirname, 'inflate-once.ts'), file, inflater];
      const child = spawnSync(process.execPath, script, { encoding: 'utf8' });
      least = Math.min(least, Number(child.stdout.trim()));
    }
    return least;
  };
  await warm('native')();
  await warm('fflate')();
  const [native, fflate] = [await bestAsync(5, warm('native')), await bestAsync(5, warm('fflate'))];
  const [nativeCold, fflateCold] = [cold('native'), cold('fflate')];
  const zlib = best(5, () => entries.forEach((e) => inflateRawSync(entryData(bytes, e)!)));
  const oneShot = best(5, () => {
    for (const e of entries) new Inflate(() => undefined).push(entryData(bytes, e)!, true);
  });
  return [
    `Inflating the sheet and the shared strings (${(size / 1e6).toFixed(1)} MB), streamed with the reader's checks:`,
    `                                          warm     cold`,
    `  fflate Inflate, in 16 KB steps      ${fflate.toFixed(0).padStart(6)} ms ${fflateCold.toFixed(0).padStart(5)} ms`,
    `  platform DecompressionStream        ${native.toFixed(0).padStart(6)} ms ${nativeCold.toFixed(0).padStart(5)} ms` +
      `   ${(nativeCold / fflateCold).toFixed(2)}× fflate cold`,
    `  (unchecked, for reference: zlib in one call ${zlib.toFixed(0)} ms, fflate in one push ${oneShot.toFixed(0)} ms)`,
  ];
}

/** The reading benchmarks, as lines of the report. */
export async function benchReading(line: (text: string) => void): Promise<void> {
  await mkdir(DIR, { recursive: true });
  const [file50, file200] = [await scheduleFile(50_000), await scheduleFile(200_000)];
  const stray = join(ROOT, 'test/fixtures/readers/xlsxwriter-stray-xfd.xlsx');
  const bytes = new Uint8Array(readFileSync(file50));
  // In this process first, before the bombs are built: a heap that once held 600 MB slows what runs after it.
  line('');
  for (const l of benchTokenizers(inflateRawSync(entryData(bytes, part(bytes, 'xl/worksheets/sheet1.xml'))!))) line(l);
  line('');
  for (const l of await benchInflaters(file50, bytes)) line(l);
  const bombs = [bombFile(false), bombFile(true)];
  line(`\nReading workbooks: whole processes, best of several runs taking turns (wall clock, CPU user+system, peak RSS):`);
  line(`  ${''.padEnd(38)}${'wall'.padStart(9)}${'cpu'.padStart(9)}${'peak'.padStart(8)}`);
  const [bare, check, base] = measure([exceljsRead(file50), plansheet(file50), floor(file50)], 5);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  line(row('exceljs: read 50,000 rows (1.8 MB)', bare));
  const against = (run: Run) =>
    `${ratio(run.wallMs, bare.wallMs)} time, ${ratio(run.cpuMs, bare.cpuMs)} cpu, ${ratio(run.rssMb, bare.rssMb)} memory`;
  line(row('unzip and one scan (the floor)', base, `${against(base)} of exceljs`));
  line(row('plansheet check, 50,000 rows', check, `${against(check)} of exceljs (targets ≤ 0.50× time, ≤ 0.60× memory)`));
  const [big] = measure([plansheet(file200)], 3);
  line(row('plansheet check, 200,000 rows (7 MB)', big, `target < 500 MB`));
  const [far] = measure([plansheet(stray)], 3);
  line(row('plansheet check, a value at XFD1048576', far, `target < 100 MB`));
  for (const [i, bomb] of bombs.entries()) {
    const [run] = measure([plansheet(bomb)], 3);
    const refused = run.code === 2 && /太大|too large/.test(run.stderr) ? 'refused as too large' : `NOT refused (exit ${run.code})`;
    line(row(`zip bomb, 600 MB of blanks, ${i === 0 ? 'size declared' : 'size hidden'}`, run, `${refused}; targets < 2 s, < 300 MB`));
  }
}
