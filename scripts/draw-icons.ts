/**
 * Draws PlanSheet's icons into assets/ (or into the folder given as the first argument):
 *   node bin/run-ts.js scripts/draw-icons.ts [out-dir]
 * 16, 32 and 80 px are the sizes Office requires for ribbon buttons, 64 px is the high-resolution
 * icon, and 128 px is for the task pane header and listings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { drawIcon } from './icons/draw-icon';
import { encodePng } from './icons/encode-png';

const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'assets'));
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  const shown = relative(process.cwd(), file);
  process.stdout.write(`wrote ${shown.startsWith('..') ? file : shown}\n`);
}
