// Renders bench/results/<date>.md from the harness's raw results (PERFORMANCE.md §5.9 figures).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { bench } from './servers.mjs';

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Coefficient of variation (sample standard deviation ÷ mean). */
export function cv(values) {
  if (values.length < 2) return NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
}

const tryRun = (file, args) => {
  try {
    return execFileSync(file, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  } catch (error) {
    return (error.stdout?.toString() ?? '').trim() || 'unknown';
  }
};

export function describeMachine() {
  const osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  const peers = JSON.parse(readFileSync(`${bench}peers/package.json`, 'utf8')).dependencies;
  // The .NET peer's packages are pinned centrally, beside the repository's other package versions.
  const props = readFileSync(`${bench}../Directory.Packages.props`, 'utf8');
  for (const name of ['GraphQL', 'GraphQL.SystemTextJson']) {
    const version = new RegExp(`Include="${name.replace('.', '\\.')}" Version="([^"]+)"`).exec(props)?.[1];
    if (version) peers[`${name} (NuGet)`] = version;
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osName}, Linux ${release()}`,
    virtualization: tryRun('systemd-detect-virt', []),
    node: process.version,
    dotnet: tryRun('dotnet', ['--list-runtimes']).split('\n').find((l) => l.startsWith('Microsoft.NETCore.App'))?.split(' ')[1] ?? 'unknown',
    wrk: tryRun('wrk', ['-v']).split('\n')[0],
    packages: Object.entries(peers).map(([name, version]) => `${name}@${version}`).join(', '),
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
export const pct = (n) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : '–');
const ratio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

function summarise(results, query, server) {
  const all = results.runs.filter((r) => r.query === query && r.server === server);
  const valid = all.filter((r) => r.valid);
  const m = (key) => median(valid.map((r) => r[key]));
  return {
    count: all.length, valid: valid.length, rps: m('rps'), cv: cv(valid.map((r) => r.rps)), p50: m('p50Ms'), p99: m('p99Ms'),
    cpu: m('cpuUsPerRequest'), alloc: m('allocBytesPerRequest'), gc: m('gcPer1k'), gcMs: m('gcMsPer1k'),
    loader: m('loaderCallsPerRequest'), client: m('clientBusy'), serverBusy: m('serverBusy'),
    problems: [...new Set(all.flatMap((r) => r.problems))],
  };
}

export function renderReport(results) {
  const { options: o, machine: mc } = results;
  const ids = Object.keys(results.servers);
  const queries = [...new Set(results.runs.map((r) => r.query))];
  const lines = [];
  const push = (...l) => lines.push(...l);
  const table = (head, rows) => push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');

  push(`# Side-by-side HTTP benchmark, ${(results.startedAt ?? new Date().toISOString()).slice(0, 10)} (${o.quick ? 'QUICK mode: development numbers, not for comparison' : 'full mode'})`, '');
  push("Plan and method: PERFORMANCE.md §5 in the design documents; how to run: `bench/README.md`.", "");
  push('## Machine and settings', '');
  push(`- ${mc.cpu}, ${mc.cores} cores visible, ${mc.memoryGiB} GiB, ${mc.os}, virtualisation: ${mc.virtualization}`);
  push(`- load average at start ${mc.loadAverage}, at end ${mc.loadAverageEnd ?? '?'} (above ~1.5 the numbers are noisy: other work shares the cores)`);
  push(`- Node ${mc.node}; .NET runtime ${mc.dotnet} (DOTNET_gcServer=${o.gcServer ? 1 : 0}); ${mc.wrk}`);
  push(`- peers: ${mc.packages}`);
  push(`- server on CPU 1, wrk / autocannon on CPU 0 (\`taskset\`); wrk -t1 -c${o.connections}, keep-alive, no pipelining`);
  push(`- ${o.warmupRuns} × ${o.warmupSeconds} s warm-up per server and query (discarded), then ${o.runs} rounds × ${o.seconds} s, servers interleaved in each round; medians, CV over valid runs`);
  push('');
  for (const n of results.notes) push(`> ${n}`);
  if (results.notes.length) push('');

  const peerIds = ids.filter((id) => results.servers[id].kind === 'peer');
  const summary = [];
  for (const q of queries) {
    const s = Object.fromEntries(ids.map((id) => [id, summarise(results, q, id)]));
    const best = peerIds.map((id) => [id, s[id].rps]).filter(([, v]) => Number.isFinite(v)).sort((a, b) => b[1] - a[1])[0];
    summary.push({ q, best, sg: s.sg?.rps, c1: s.c1?.rps });
    push(`## ${q}`, '');
    table(['server', 'req/s (median)', 'CV', 'vs best peer', 'p50 / p99 ms (wrk)', 'CPU µs/req', 'alloc B/req (.NET) · GC per 1k req (Node)', 'loader calls/req', 'B/response', 'valid runs', 'client core busy'],
      ids.filter((id) => s[id].count > 0).map((id) => {
        const r = s[id];
        const dotnet = results.servers[id].runtime === 'dotnet';
        const memoryCell = dotnet ? fmt(r.alloc) : `${fmt(r.gc, 1)} (${fmt(r.gcMs, 1)} ms)`;
        const clientBound = r.client > 0.95 && r.serverBusy < 0.9 ? ' **client-bound**' : '';
        return [`${results.servers[id].label} (${id})`, fmt(r.rps), pct(r.cv), best ? ratio(r.rps / best[1]) : '–',
          `${fmt(r.p50, 2)} / ${fmt(r.p99, 2)}`, fmt(r.cpu, 1), memoryCell, fmt(r.loader, 2),
          fmt(results.servers[id].wireBytes?.[q]), `${r.valid}/${r.count}${r.problems.length ? ` (${r.problems.slice(0, 2).join('; ')})` : ''}`,
          pct(r.client) + clientBound];
      }));
  }

  push('## Summary', '');
  table(['query', 'best peer', 'its req/s', 'SolidarityGraph req/s', 'SolidarityGraph ÷ best peer', 'SolidarityGraph % of C1'],
    summary.map(({ q, best, sg, c1 }) => [q, best?.[0] ?? '–', fmt(best?.[1]), fmt(sg), best ? ratio(sg / best[1]) : '–', pct(sg / c1)]));
  const ratios = summary.filter(({ q }) => ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].includes(q)).map(({ best, sg }) => sg / best?.[1]).filter(Number.isFinite);
  push(`Geometric mean over Q1–Q5 of SolidarityGraph ÷ best peer: ${ratios.length ? ratio(Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length)) : '– (SolidarityGraph not measured)'} (goal ≥ 1.0).`, '');

  if (results.latency.length) {
    push('## Latency at fixed rates (autocannon; rate-limited closed loop, so coordinated omission applies)', '');
    table(['query', 'share of slowest max', 'target req/s', 'server', 'achieved req/s', 'p50 ms', 'p99 ms', 'errors'],
      results.latency.map((l) => [l.query, pct(l.share), fmt(l.rate), l.server, fmt(l.achievedRps), fmt(l.p50Ms, 2), fmt(l.p99Ms, 2), fmt(l.errors)]));
  }

  push('## Start-up and memory', '');
  table(['server', 'cold start to first 200 (ms)', 'RSS after warm-up (MiB)', 'peak RSS (MiB)'],
    ids.map((id) => { const s = results.servers[id]; return [`${s.label} (${id})`, fmt(s.coldStartMs), fmt(s.idleRssKiB / 1024, 1), fmt(s.peakRssKiB / 1024, 1)]; }));
  push('Loader calls per request count batch-function calls (root fields need none): batched, Q2 = 1 and Q3 = 2; loading per parent (N+1), Q2 = 20 and Q3 = 80.');
  return lines.join('\n') + '\n';
}
