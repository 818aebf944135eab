#!/usr/bin/env node
// The command line, compiled into lib/ by `npm ci` (the prepare script, scripts/build-cli.js), so that
// it starts without compiling TypeScript. A checkout that skipped that step compiles it once, here.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const compiled = join(__dirname, '..', 'lib', 'plansheet.mjs');

async function start() {
  if (!existsSync(compiled)) await require('../scripts/build-cli.js').buildCli();
  await import(pathToFileURL(compiled).href);
}

start().catch((error) => {
  console.error(`plansheet: ${error instanceof Error ? error.message : String(error)} (run npm ci in ${join(__dirname, '..')})`);
  process.exitCode = 2;
});
