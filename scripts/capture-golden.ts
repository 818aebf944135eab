// Writes the demo's outputs, zips opened into their parts, into test/fixtures/golden/: the files that
// test/cli/demo.test.ts holds every later run to, byte for byte. Run it only when an output is meant to change.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expandOutputs, GOLDEN_DIR } from '../test/helpers/golden';

async function capture(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'plansheet-golden-'));
  execFileSync(process.execPath, [resolve(__dirname, 'demo.js')], { env: { ...process.env, PLANSHEET_DEMO_OUT: out }, stdio: 'ignore' });
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const [path, bytes] of await expandOutputs(out)) {
    mkdirSync(dirname(join(GOLDEN_DIR, path)), { recursive: true });
    writeFileSync(join(GOLDEN_DIR, path), bytes);
  }
  rmSync(out, { recursive: true, force: true });
}

void capture();
