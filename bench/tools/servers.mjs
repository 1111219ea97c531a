// The servers under test, how to start them pinned to the server core, and what /proc says about them.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { rawPost } from './http-raw.mjs';

export const bench = new URL('../', import.meta.url).pathname;
export const repo = new URL('../../', import.meta.url).pathname;
export const CLIENT_CPU = '0';
export const SERVER_CPU = '1';

const GRAPHQL_QUERIES = ['Q1', 'Q1v', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'];
const CEILING_QUERIES = ['Q1', 'Q2', 'Q3'];
const dll = (project) => `${repo}artifacts/bin/${project}/release/${project}.dll`;
const nodeEnv = { NODE_ENV: 'production' };
const dotnetEnv = (gcServer) => ({
  ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_ENVIRONMENT: 'Production', DOTNET_gcServer: gcServer ? '1' : '0',
});

/** Every server the harness knows, in report order. `ceiling` servers only answer the calibrated queries. */
export function serverTable({ gcServer = false } = {}) {
  const scenario = `${bench}scenario`;
  // Two checkouts can be measured side by side (not for comparable figures) with BENCH_PORT_OFFSET=<n>.
  const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
  const dotnet = (id, project, basePort, extra = [], port = basePort + offset) => ({
    id, port, runtime: 'dotnet', file: dll(project), env: dotnetEnv(gcServer),
    command: ['dotnet', dll(project), '--urls', `http://127.0.0.1:${port}`, '--scenario', scenario, ...extra],
  });
  const node = (id, file, basePort, port = basePort + offset) => ({
    id, port, runtime: 'node', file: `${bench}${file}`, env: { ...nodeEnv, PORT: String(port) },
    command: ['node', `${bench}${file}`],
  });
  return [
    { ...dotnet('sg', 'SolidarityGraph.Bench.Server', 5100), label: 'SolidarityGraph', kind: 'ours', queries: GRAPHQL_QUERIES, golden: { Q4: 'Q4.v17' } },
    { ...node('js', 'peers/js.mjs', 5101), label: 'graphql-js + graphql-http', kind: 'peer', queries: GRAPHQL_QUERIES },
    { ...node('jit', 'peers/jit.mjs', 5102), label: 'graphql-jit (node:http)', kind: 'peer', queries: GRAPHQL_QUERIES },
    { ...node('merc', 'peers/merc.mjs', 5103), label: 'Mercurius jit:1 (Fastify)', kind: 'peer', queries: GRAPHQL_QUERIES },
    { ...node('yoga', 'peers/yoga.mjs', 5104), label: 'GraphQL Yoga', kind: 'peer', queries: GRAPHQL_QUERIES },
    { ...dotnet('gqldotnet', 'SolidarityGraph.Bench.GraphQLDotNet', 5105), label: 'graphql-dotnet 8.8.5 (Kestrel)', kind: 'peer', queries: GRAPHQL_QUERIES, golden: { Q4: 'Q4.graphql-dotnet' } },
    { ...dotnet('c0', 'SolidarityGraph.Bench.Calibration', 5110, ['--mode', 'c0']), label: 'C0 Kestrel, precomputed bytes', kind: 'ceiling', queries: CEILING_QUERIES },
    { ...dotnet('c1', 'SolidarityGraph.Bench.Calibration', 5111, ['--mode', 'c1']), label: 'C1 Kestrel + System.Text.Json', kind: 'ceiling', queries: CEILING_QUERIES },
    { ...node('c2', 'calibration/c2.mjs', 5112), label: 'C2 node:http, precomputed bytes', kind: 'ceiling', queries: CEILING_QUERIES },
  ];
}

export const isBuilt = (server) => existsSync(server.file);

// Whatever happens to the harness, the servers it started must not outlive it.
const children = new Set();
process.on('exit', () => { for (const child of children) child.kill('SIGKILL'); });

/** Starts a server on the server core; resolves when it first answers Q1 with 200 (that time is its cold start). */
export async function start(server, logDir, q1Body) {
  const stale = await rawPost(server.port, q1Body).then(() => true, () => false);
  if (stale) throw new Error(`port ${server.port} (${server.id}) is already in use: stop that process first`);
  const log = openSync(`${logDir}/${server.id}.log`, 'w');
  const started = process.hrtime.bigint();
  const child = spawn('taskset', ['-c', SERVER_CPU, ...server.command], {
    env: { ...process.env, ...server.env }, stdio: ['ignore', log, log],
  });
  children.add(child);
  let exited = null;
  child.on('exit', (code) => { exited = code ?? 'signal'; children.delete(child); });
  for (let i = 0; i < 6000; i++) {
    if (exited !== null) throw new Error(`${server.id} exited (${exited}) before answering; see ${logDir}/${server.id}.log`);
    try {
      const response = await rawPost(server.port, q1Body);
      if (response.status === 200) {
        return { child, pid: child.pid, coldStartMs: Number(process.hrtime.bigint() - started) / 1e6 };
      }
    } catch { /* not listening yet */ }
    await sleep(5);
  }
  child.kill('SIGKILL');
  throw new Error(`${server.id} did not answer within 30 s`);
}

export async function stop(running) {
  if (running.child.exitCode !== null) return;
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000).then(() => running.child.kill('SIGKILL'))]);
}

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** utime + stime of a process in microseconds (/proc/PID/stat fields 14 and 15). */
export function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1e6;
}

/** VmRSS and VmHWM (peak) in KiB. */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

/** Busy and total jiffies per CPU from /proc/stat, to tell whether the client core saturated. */
export function cpuTimes() {
  const result = {};
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const m = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const v = m[2].split(' ').map(Number);
    const idle = v[3] + v[4];
    const total = v.reduce((a, b) => a + b, 0);
    result[m[1]] = { busy: total - idle, total };
  }
  return result;
}

export async function serverStats(server) {
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/__stats`);
    return response.ok ? await response.json() : {};
  } catch {
    return {};
  }
}
