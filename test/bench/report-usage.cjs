// Preloaded into a measured process (node --require): at exit it writes its own peak resident
// memory and CPU time to the file in BENCH_USAGE_FILE. The peak is VmHWM from /proc/self/status:
// getrusage's ru_maxrss keeps the peak of the image the process was forked from (Linux records
// it at exec), which for a child of a large bench process is the bench's own size.
const { readFileSync, writeFileSync } = require('node:fs');

function peakKb() {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: peakKb(), cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
