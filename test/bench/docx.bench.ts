/**
 * Building and packing the .docx for 100, 1,000 and 10,000 items (called by
 * test/bench/run.ts). Models are built directly, so this times docx alone.
 */
import { performance } from 'node:perf_hooks';
import { renderDocx } from '../../src/docx/render-docx';
import { largeDoc } from '../helpers/sample-doc';

export async function benchDocx(): Promise<string[]> {
  const report: string[] = [];
  // One warm-up run, so module loading and JIT do not count against the first size.
  await renderDocx(largeDoc(10));
  for (const items of [100, 1_000, 10_000]) {
    const doc = largeDoc(items);
    let best = Infinity;
    let bytes = 0;
    for (let run = 0; run < (items < 10_000 ? 3 : 1); run++) {
      const start = performance.now();
      bytes = (await renderDocx(doc)).length;
      best = Math.min(best, performance.now() - start);
    }
    report.push(
      `${String(items).padStart(6)} items  ${best.toFixed(0).padStart(6)} ms  ${(best / items).toFixed(3)} ms/item  ${(bytes / 1024).toFixed(0)} KB`,
    );
  }
  return report;
}
