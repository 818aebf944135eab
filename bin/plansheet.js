#!/usr/bin/env node
// Runs the TypeScript command line straight from src/ (tsx compiles on the fly),
// so `npx plansheet` works right after `npm ci` with no build step.
require('tsx/cjs/api').register();
require('../src/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
