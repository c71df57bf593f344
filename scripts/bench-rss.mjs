// Loaded by `npm run bench` with `node --import`: reports the process's peak
// resident memory (worker threads included) when it exits.
if (process.env.NETPLAN_BENCH_RSS) {
  process.on('exit', () => process.stderr.write(`netplan-bench-rss-kb=${process.resourceUsage().maxRSS}\n`));
}
