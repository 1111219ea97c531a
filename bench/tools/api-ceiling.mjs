// The domain Api against its ceiling (bench/api/run.sh starts both, pinned to the server core, over one database):
// gate (each fixed query of bench/api/queries.json answered by both, parsed and compared), warm-up, interleaved
// measured rounds with wrk on the client core, then a Markdown report with each query's Api ÷ ceiling ratios.
// Statistics, wrk runs and /proc readings are the side-by-side benchmark's (load.mjs, report.mjs, servers.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { canonical, firstDifference } from './gate.mjs';
import { rawPost } from './http-raw.mjs';
import { measure } from './load.mjs';
import { cv, describeMachine, fmt, median, pct } from './report.mjs';
import { bench, cpuMicros } from './servers.mjs';

export const USAGE = `Usage: node bench/tools/api-ceiling.mjs --api PORT:PID --ceiling PORT:PID --out FILE
        [--provider sqlite|postgres] [--postmaster-pid FILE] [--runs N] [--duration S] [--warmup S]
        [--connections C] [--queries projectList,organisationFunding,projectCitations,search] [--scratch DIR]`;

const log = (message) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

function parseOptions(argv) {
  const o = { runs: 5, seconds: 5, warmupSeconds: 3, connections: 32, provider: 'sqlite', queries: null, postmaster: null, scratch: '/tmp' };
  const server = (text) => {
    const [port, pid] = text.split(':').map(Number);
    if (!port || !pid) throw new Error(`expected PORT:PID, got '${text}'\n${USAGE}`);
    return { port, pid };
  };
  for (let i = 0; i < argv.length; i++) {
    const next = () => argv[++i] ?? (() => { throw new Error(`${argv[i - 1]} needs a value\n${USAGE}`); })();
    switch (argv[i]) {
      case '--api': o.api = server(next()); break;
      case '--ceiling': o.ceiling = server(next()); break;
      case '--out': o.out = next(); break;
      case '--provider': o.provider = next(); break;
      case '--postmaster-pid': o.postmaster = next(); break;
      case '--runs': o.runs = Number(next()); break;
      case '--duration': o.seconds = Number(next()); break;
      case '--warmup': o.warmupSeconds = Number(next()); break;
      case '--connections': o.connections = Number(next()); break;
      case '--queries': o.queries = next().split(','); break;
      case '--scratch': o.scratch = next(); break;
      default: throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  if (!o.api || !o.ceiling || !o.out) throw new Error(USAGE);
  return o;
}

/** The fixed queries; `pick` variables get the global ID of the record the Api lists with the most of what the query reads. */
async function requestBodies(api, names) {
  const all = JSON.parse(readFileSync(`${bench}api/queries.json`, 'utf8'));
  const queries = Object.entries(all).filter(([name, q]) => typeof q === 'object' && (!names || names.includes(name)));
  const ask = async (query) => {
    const response = await rawPost(api.port, JSON.stringify({ query }));
    const body = JSON.parse(response.body);
    if (response.status !== 200 || body.errors) throw new Error(`the Api refused ${query}: ${response.body.slice(0, 300)}`);
    return body.data;
  };
  const most = (nodes, count) => nodes.reduce((best, n) => (count(n) > count(best) ? n : best)).id;
  const picks = {
    organisation: most((await ask('{ organisations(first: 30) { nodes { id fundingGiven { totalCount } fundingReceived { totalCount } } } }')).organisations.nodes,
      (o) => o.fundingGiven.totalCount + o.fundingReceived.totalCount),
    project: most((await ask('{ projects(first: 10) { nodes { id citations { id } } } }')).projects.nodes, (p) => p.citations.length),
  };
  return queries.map(([name, q]) => {
    const variables = { ...q.variables };
    for (const [variable, pick] of Object.entries(q.pick ?? {})) variables[variable] = picks[pick];
    return { name, body: JSON.stringify(Object.keys(variables).length ? { query: q.query, variables } : { query: q.query }) };
  });
}

/** Both servers answer each query; the Api's `extensions` (its cost report) are left out, everything else must be equal. */
async function gate(servers, queries, outDir) {
  const failures = [];
  for (const q of queries) {
    const answers = {};
    for (const s of servers) {
      const response = await rawPost(s.port, q.body);
      let parsed;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        parsed = { invalidJson: response.body };
      }
      if (parsed && typeof parsed === 'object') delete parsed.extensions;
      answers[s.id] = { status: response.status, json: canonical(parsed), body: response.body, wireBytes: response.wireBytes };
      s.wireBytes[q.name] = response.wireBytes;
    }
    const [api, ceiling] = servers.map((s) => answers[s.id]);
    const difference = api.status !== 200 ? `the Api answered ${api.status}`
      : ceiling.status !== 200 ? `the ceiling answered ${ceiling.status}: ${ceiling.body.slice(0, 200)}`
        : firstDifference(api.json, ceiling.json);
    if (difference) {
      mkdirSync(outDir, { recursive: true });
      for (const s of servers) writeFileSync(`${outDir}/${q.name}.${s.id}.json`, JSON.stringify(answers[s.id].json, null, 1));
      failures.push(`${q.name}: ${difference.slice(0, 400)}\n    (both answers: ${outDir}/${q.name}.api.json, ${q.name}.ceiling.json; diff them)`);
    }
  }
  return failures;
}

/** utime + stime of the PostgreSQL postmaster and its backends, in µs (0 without a throwaway cluster). */
function databaseCpu(postmasterPidFile) {
  if (!postmasterPidFile) return 0;
  const main = Number(readFileSync(postmasterPidFile, 'utf8').split('\n')[0]);
  let total = 0;
  for (const pid of [main, ...childrenOf(main)]) {
    try { total += cpuMicros(pid); } catch { /* a backend that just exited */ }
  }
  return total;
}

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function summarise(runs) {
  const valid = runs.filter((r) => r.valid);
  const m = (key) => median(valid.map((r) => r[key]));
  return { count: runs.length, valid: valid.length, rps: m('rps'), cv: cv(valid.map((r) => r.rps)), p50: m('p50Ms'), p99: m('p99Ms'),
    cpu: m('cpuUsPerRequest'), db: m('dbUsPerRequest'), problems: [...new Set(runs.flatMap((r) => r.problems))] };
}

function render(results) {
  const { options: o, machine: mc } = results;
  const lines = [];
  const table = (head, rows) => lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
  const engine = o.provider === 'postgres' ? 'PostgreSQL 15' : 'SQLite';
  lines.push(`# Domain Api against its ceiling, ${results.startedAt.slice(0, 10)} (${engine})`, '');
  lines.push('The ceiling (`bench/SolidarityGraph.Bench.Ceiling`) answers the same queries with hand-written SQL and `Utf8JsonWriter`;',
    'the gate checked that both gave equal JSON (parsed; the Api\'s `extensions` left out) before anything was timed. How to run: `bench/README.md`.', '');
  lines.push('## Machine and settings', '');
  lines.push(`- ${mc.cpu}, ${mc.cores} cores visible, ${mc.memoryGiB} GiB, ${mc.os}`);
  lines.push(`- load average at start ${mc.loadAverage}, at end ${results.loadAverageEnd} (above ~1.5 other work shares the cores: figures are indicative)`);
  lines.push(`- .NET ${mc.dotnet}, ${mc.wrk}; both servers Release, Production environment, workstation GC, pinned to CPU 1; wrk -t1 -c${o.connections} on CPU 0`);
  lines.push(`- ${engine}${o.provider === 'postgres' ? ' (a throwaway local cluster, not pinned; its CPU is reported apart)' : ' (in process)'}, the seeded database, both servers on the same one`);
  lines.push(`- ${o.warmupSeconds} s warm-up per server and query (discarded), then ${o.runs} rounds × ${o.seconds} s, the two servers interleaved in each round; medians, CV over valid runs`, '');
  lines.push('## Summary (Api ÷ ceiling)', '');
  const summary = [];
  for (const q of results.queries) {
    const api = summarise(results.runs.filter((r) => r.query === q.name && r.server === 'api'));
    const ceiling = summarise(results.runs.filter((r) => r.query === q.name && r.server === 'ceiling'));
    summary.push({ q, api, ceiling });
  }
  table(['query', 'Api req/s', 'ceiling req/s', 'Api throughput ÷ ceiling', 'Api CPU µs/req', 'ceiling CPU µs/req', 'CPU ratio Api ÷ ceiling'],
    summary.map(({ q, api, ceiling }) => [q.name, fmt(api.rps), fmt(ceiling.rps), pct(api.rps / ceiling.rps), fmt(api.cpu, 0), fmt(ceiling.cpu, 0), `${fmt(api.cpu / ceiling.cpu, 1)}×`]));
  for (const { q, api, ceiling } of summary) {
    lines.push(`## ${q.name}`, '', `\`${JSON.parse(q.body).query}\``, '');
    if (JSON.parse(q.body).variables) lines.push(`variables: \`${JSON.stringify(JSON.parse(q.body).variables)}\``, '');
    const head = ['server', 'req/s (median)', 'CV', 'p50 / p99 ms', 'server CPU µs/req'];
    if (o.provider === 'postgres') head.push('database CPU µs/req');
    head.push('B/response', 'valid runs');
    table(head, [['SolidarityGraph Api', api, 'api'], ['ceiling', ceiling, 'ceiling']].map(([label, r, id]) => [
      label, fmt(r.rps), pct(r.cv), `${fmt(r.p50, 2)} / ${fmt(r.p99, 2)}`, fmt(r.cpu, 0),
      ...(o.provider === 'postgres' ? [fmt(r.db, 0)] : []),
      fmt(results.wireBytes[id][q.name]), `${r.valid}/${r.count}${r.problems.length ? ` (${r.problems.slice(0, 2).join('; ')})` : ''}`]));
  }
  lines.push('Server CPU is utime + stime of the server process from /proc over each run, divided by the requests wrk completed.');
  return lines.join('\n') + '\n';
}

const options = parseOptions(process.argv.slice(2));
const servers = [{ id: 'api', ...options.api, wireBytes: {} }, { id: 'ceiling', ...options.ceiling, wireBytes: {} }];
const queries = await requestBodies(options.api, options.queries);
const bodies = `${options.scratch}/bodies`;
mkdirSync(bodies, { recursive: true });
for (const q of queries) writeFileSync(q.file = `${bodies}/${q.name}.json`, q.body);

const failures = await gate(servers, queries, `${options.scratch}/gate`);
if (failures.length) {
  console.error(`GATE FAILED: the ceiling and the Api disagree (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
log(`gate passed: ${queries.map((q) => q.name).join(', ')} equal on both servers`);

const results = { startedAt: new Date().toISOString(), options, machine: describeMachine(), queries, runs: [],
  wireBytes: Object.fromEntries(servers.map((s) => [s.id, s.wireBytes])) };
const run = async (s, q, seconds) => {
  const db = databaseCpu(options.postmaster);
  const m = await measure(s, { pid: s.pid }, q.name, { connections: options.connections, seconds, expectedBytes: s.wireBytes[q.name], body: q.file });
  return { ...m, dbUsPerRequest: (databaseCpu(options.postmaster) - db) / Math.max(1, m.requests) };
};
for (const q of queries) for (const s of servers) await run(s, q, options.warmupSeconds);
log('warmed up');
for (let round = 1; round <= options.runs; round++) {
  for (const q of queries) {
    for (const s of servers) {
      const m = await run(s, q, options.seconds);
      results.runs.push({ round, query: q.name, server: s.id, ...m });
      if (!m.valid) log(`REJECTED ${s.id} ${q.name} round ${round}: ${m.problems.join('; ')}`);
      await sleep(300);
    }
  }
  log(`round ${round}/${options.runs} done`);
}
results.loadAverageEnd = describeMachine().loadAverage;
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, render(results));
writeFileSync(`${options.out.replace(/\.md$/, '')}.json`.replace(/^(.*\/)?/, `${options.scratch}/`), JSON.stringify(results, null, 1));
log(`report: ${options.out}`);
const rejected = results.runs.filter((r) => !r.valid).length;
if (rejected) console.error(`${rejected} measured runs were REJECTED (non-2xx, socket errors or bytes per response).`);
process.exit(rejected ? 2 : 0);
