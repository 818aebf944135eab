#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, sample generators) with tsx.
require('tsx/cjs/api').register();
const path = require('path');
const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
require(path.resolve(script));
