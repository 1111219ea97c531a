// Bench-only counters behind GET /__stats (PERFORMANCE.md §5.9): requests seen, loader batch calls, GC count and time.
// Node 20 exposes no allocation counter, so GC activity stands in for allocated bytes.
import { PerformanceObserver } from 'node:perf_hooks';

export const stats = { requests: 0, loaderCalls: 0, gcCount: 0, gcMs: 0 };

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    stats.gcCount++;
    stats.gcMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

export function statsJson() {
  return JSON.stringify({ ...stats, gcMs: Math.round(stats.gcMs * 1000) / 1000 });
}

/** Answers GET /__stats on a plain node:http response; returns false for any other URL. */
export function serveStats(req, res) {
  if (req.url !== '/__stats') return false;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(statsJson());
  return true;
}
