/**
 * One cold read of a workbook's sheet and shared strings with one inflater, as a command line or
 * a page reads a file once (run by read.bench.ts in a fresh process: `inflate-once.ts FILE native`).
 * Prints the milliseconds it took.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { READ_LIMITS } from '../../src/xlsx/read-limits';
import { readZipDirectory } from '../../src/xlsx/list-zip-entries';
import { streamEntry, type Inflater } from '../../src/xlsx/read/inflate-entry';
import { ReadBudget } from '../../src/xlsx/read/read-budget';

async function main(file: string, inflater: Inflater): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const entries = readZipDirectory(bytes)!.entries.filter((e) => /sheet1\.xml$|sharedStrings\.xml$/.test(e.name));
  const start = performance.now();
  const budget = new ReadBudget(READ_LIMITS);
  for (const entry of entries) await streamEntry(bytes, entry, budget, () => undefined, inflater);
  process.stdout.write(`${(performance.now() - start).toFixed(1)}\n`);
}

void main(process.argv[2], process.argv[3] as Inflater);
