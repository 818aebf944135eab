import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..');

/** What the task pane's build depends on; a dist/ older than any of these is stale. */
const INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'package.json', 'tsconfig.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/ was built after its last input changed. */
export function isDistFresh(distDir = path.join(ROOT, 'dist')): boolean {
  const html = path.join(distDir, 'taskpane.html');
  if (!fs.existsSync(html)) return false;
  const built = fs.statSync(html).mtimeMs;
  return INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

/**
 * Builds the task pane with webpack.config.js in production mode into `outDir`
 * (a fresh temporary folder by default); `e2e` adds test-excel.html with the
 * Excel fake. Rejects with webpack's own error text when the build fails.
 */
export async function buildPane(options: { outDir?: string; e2e?: boolean } = {}): Promise<string> {
  const outDir = options.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'plansheet-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ outDir, e2e: options.e2e ?? false }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack({ ...config, context: ROOT, devtool: false }, (err, result) => {
      if (err) reject(err);
      else if (!result) reject(new Error('webpack returned no stats'));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true, colors: false }));
  return outDir;
}
