// The side-by-side HTTP benchmark (PERFORMANCE.md §5): start every server pinned to the server core, gate them
// against the golden responses, warm up, then measure in interleaved rounds and write bench/results/<date>.md.
// Normally started by bench/run.sh, which builds and installs everything first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkServer, requestBody } from './gate.mjs';
import { fixedRate, measure } from './load.mjs';
import { parseOptions } from './options.mjs';
import { describeMachine, median, renderReport } from './report.mjs';
import { bench, isBuilt, memory, repo, serverTable, start, stop } from './servers.mjs';

const options = parseOptions(process.argv.slice(2));
const log = (message) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const artifacts = `${repo}artifacts/bench/http`;
mkdirSync(artifacts, { recursive: true });

const notes = [];
let servers = serverTable(options).filter((s) => !options.only || options.only.includes(s.id));
for (const s of servers.filter((s) => !isBuilt(s))) notes.push(`${s.id} skipped: ${s.file.replace(repo, "")} is not built.`);
servers = servers.filter(isBuilt);
const queryFilter = (q) => !options.queries || options.queries.includes(q);
for (const s of servers) s.queries = s.queries.filter(queryFilter);
servers = servers.filter((s) => s.queries.length > 0);
if (servers.length === 0) throw new Error('No server left to measure.');
const queries = [...new Set(servers.flatMap((s) => s.queries))];
const machine = describeMachine();
log(`mode ${options.quick ? 'quick' : 'full'}; servers ${servers.map((s) => s.id).join(', ')}; queries ${queries.join(', ')}`);
log(`load average at start: ${machine.loadAverage}`);
{
  const pairs = servers.reduce((n, s) => n + s.queries.length, 0);
  const perRun = options.seconds + options.gapMs / 1000 + 0.2;
  const latency = options.latencyQueries.filter((q) => queries.includes(q)).length * 2 * servers.filter((s) => s.kind !== 'ceiling').length * (options.latencySeconds + 1);
  const total = pairs * (options.warmupRuns * (options.warmupSeconds + 0.2) + options.runs * perRun) + latency;
  log(`${pairs} server × query pairs; estimated measuring time ${Math.ceil(total / 60)} min`);
}

const running = new Map();
const results = { startedAt: new Date().toISOString(), options, machine, notes, servers: {}, runs: [], latency: [] };
const exit = async (code) => {
  for (const r of running.values()) await stop(r);
  process.exit(code);
};
process.on('SIGINT', () => exit(130));

try {
  // 1. Start (cold start = launch until the first 200 on Q1), one server at a time.
  for (const s of servers) {
    const r = await start(s, artifacts, requestBody('Q1'));
    running.set(s.id, r);
    results.servers[s.id] = { label: s.label, kind: s.kind, runtime: s.runtime, coldStartMs: r.coldStartMs };
    log(`started ${s.id} (pid ${r.pid}) in ${r.coldStartMs.toFixed(0)} ms`);
  }

  // 2. Correctness gate: any wrong answer stops the whole comparison.
  const failures = [];
  for (const s of servers) {
    const gate = await checkServer(s, s.queries, `${artifacts}/gate`);
    results.servers[s.id].wireBytes = gate.wireBytes;
    failures.push(...gate.failures);
  }
  if (failures.length > 0) {
    console.error(`GATE FAILED (${failures.length}):\n  ${failures.join('\n  ')}`);
    await exit(1);
  }
  log(`gate passed: ${servers.length} servers agree with the golden responses`);

  // 3. Warm-up (discarded), then idle RSS.
  for (const q of queries) {
    for (const s of servers.filter((s) => s.queries.includes(q))) {
      for (let i = 0; i < options.warmupRuns; i++) {
        await measure(s, running.get(s.id), q, { ...options, seconds: options.warmupSeconds, expectedBytes: results.servers[s.id].wireBytes[q] });
      }
    }
    log(`warmed up ${q}`);
  }
  for (const s of servers) results.servers[s.id].idleRssKiB = memory(running.get(s.id).pid).rssKiB;

  // 4. Measured rounds, servers interleaved within each round to spread drift.
  for (let round = 1; round <= options.runs; round++) {
    for (const q of queries) {
      for (const s of servers.filter((s) => s.queries.includes(q))) {
        const m = await measure(s, running.get(s.id), q, { ...options, expectedBytes: results.servers[s.id].wireBytes[q] });
        results.runs.push({ round, query: q, server: s.id, ...m });
        if (!m.valid) log(`REJECTED ${s.id} ${q} round ${round}: ${m.problems.join('; ')}`);
        await sleep(options.gapMs);
      }
    }
    log(`round ${round}/${options.runs} done`);
  }

  // 5. Latency at 50% and 80% of the slowest GraphQL server's median req/s, the same rates for everyone.
  for (const q of options.latencyQueries.filter((q) => queries.includes(q))) {
    const graphql = servers.filter((s) => s.kind !== 'ceiling' && s.queries.includes(q));
    const medians = graphql.map((s) => median(results.runs.filter((r) => r.query === q && r.server === s.id && r.valid).map((r) => r.rps)));
    const slowest = Math.min(...medians.filter(Number.isFinite));
    if (!Number.isFinite(slowest)) continue;
    for (const share of [0.5, 0.8]) {
      for (const s of graphql) {
        const l = await fixedRate(s, q, { connections: options.connections, seconds: options.latencySeconds, rate: slowest * share });
        results.latency.push({ query: q, server: s.id, share, ...l });
      }
    }
    log(`latency at fixed rates done for ${q}`);
  }

  for (const s of servers) results.servers[s.id].peakRssKiB = memory(running.get(s.id).pid).hwmKiB;

  results.machine.loadAverageEnd = describeMachine().loadAverage;
  const date = results.startedAt.slice(0, 10);
  const out = options.out ?? `${bench}results/${date}${options.quick ? '-quick' : ''}.md`;
  mkdirSync(dirname(out), { recursive: true });
  const raw = `${artifacts}/${date}${options.quick ? "-quick" : ""}.json`;
  writeFileSync(raw, JSON.stringify(results, null, 1));
  writeFileSync(out, renderReport(results));
  log(`report: ${out} (raw data: ${raw})`);
} catch (error) {
  console.error(error);
  await exit(3);
}

const rejected = results.runs.filter((r) => !r.valid).length;
if (rejected > 0) console.error(`${rejected} measured runs were REJECTED (bytes per response, non-2xx or socket errors).`);
await exit(rejected > 0 ? 2 : 0);
