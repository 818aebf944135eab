#!/usr/bin/env node
// Compiles the command line into lib/ (ES modules, split so that `plansheet --help` loads only the
// small entry chunk and exceljs or docx load when a command needs them). Runs as `npm ci`'s prepare
// step, and before the tests, so that `npx plansheet` never compiles TypeScript at start-up.
const { build } = require('esbuild');
const { rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const outdir = join(root, 'lib');

async function buildCli() {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { plansheet: join(root, 'src/cli/run.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // CommonJS packages bundled into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
