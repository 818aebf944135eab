// Preloaded (node -r) into a benchmarked process: reports its peak resident memory on exit,
// on a line of its own that test/bench/build.bench.ts reads back.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
