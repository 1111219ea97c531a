// Load generation on the client core: wrk for closed-loop throughput, autocannon for fixed rates (PERFORMANCE.md §5.6),
// plus the per-run deltas read from /proc and /__stats.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { ACCEPT } from './http-raw.mjs';
import { bodyFile } from './gate.mjs';
import { bench, CLIENT_CPU, cpuMicros, cpuTimes, SERVER_CPU, serverStats } from './servers.mjs';

const run = promisify(execFile);
const scratch = mkdtempSync(`${tmpdir()}/sg-bench-`);
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

async function wrk(port, query, connections, seconds, body = bodyFile(query)) {
  const out = `${scratch}/wrk.json`;
  rmSync(out, { force: true });
  await run('taskset', ['-c', CLIENT_CPU, 'wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s',
    '-s', `${bench}tools/post.lua`, `http://127.0.0.1:${port}/graphql`], {
    env: { ...process.env, BODY_FILE: body, BODY_TEMPLATE: query === 'Q6' ? '1' : '0', WRK_OUT: out },
    timeout: (seconds + 30) * 1000,
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

/**
 * One closed-loop wrk run against a running server. A run is valid only without socket errors and non-2xx
 * responses, and with bytes per response within 1% of what the gate saw (allowing for the partial responses
 * of in-flight requests that wrk reads but does not count when time is up). `body` names the request body file
 * (default: the scenario's file for `query`).
 */
export async function measure(server, running, query, { connections, seconds, expectedBytes, body }) {
  const before = { cpu: cpuMicros(running.pid), stats: await serverStats(server), sys: cpuTimes() };
  const w = await wrk(server.port, query, connections, seconds, body);
  const after = { cpu: cpuMicros(running.pid), stats: await serverStats(server), sys: cpuTimes() };

  const n = Math.max(1, w.requests);
  const delta = (key) => (after.stats[key] ?? NaN) - (before.stats[key] ?? NaN);
  const busy = (cpu) => (after.sys[cpu].busy - before.sys[cpu].busy) / Math.max(1, after.sys[cpu].total - before.sys[cpu].total);
  const bytesPerResponse = w.bytes / n;
  const upper = expectedBytes * (1 + connections / n) * 1.01;
  const problems = [];
  if (w.status > 0) problems.push(`${w.status} non-2xx`);
  const socketErrors = w.connect + w.read + w.write + w.timeout;
  if (socketErrors > 0) problems.push(`${socketErrors} socket errors`);
  if (bytesPerResponse < expectedBytes * 0.99 || bytesPerResponse > upper) {
    problems.push(`${bytesPerResponse.toFixed(1)} B/response, gate saw ${expectedBytes}`);
  }
  // Node servers count requests themselves; use that for loader calls so in-flight requests do not skew it.
  const served = Number.isFinite(delta('requests')) && delta('requests') > 0 ? delta('requests') : n;
  return {
    rps: w.requests / (w.durationUs / 1e6),
    requests: w.requests,
    p50Ms: w.p50Us / 1000,
    p99Ms: w.p99Us / 1000,
    bytesPerResponse,
    cpuUsPerRequest: (after.cpu - before.cpu) / n,
    allocBytesPerRequest: delta('allocatedBytes') / n,
    gcPer1k: (delta('gcCount') * 1000) / n,
    gcMsPer1k: (delta('gcMs') * 1000) / n,
    loaderCallsPerRequest: delta('loaderCalls') / served,
    clientBusy: busy(CLIENT_CPU),
    serverBusy: busy(SERVER_CPU),
    valid: problems.length === 0,
    problems,
  };
}

/** Latency at a fixed total rate with autocannon (a rate-limited closed loop: coordinated omission applies). */
export async function fixedRate(server, query, { connections, seconds, rate }) {
  const { stdout } = await run('taskset', ['-c', CLIENT_CPU, 'node', `${bench}peers/node_modules/autocannon/autocannon.js`,
    '-c', String(connections), '-R', String(Math.max(1, Math.round(rate))), '-d', String(seconds), '-m', 'POST',
    '-H', 'content-type=application/json', '-H', `accept=${ACCEPT}`, '-i', bodyFile(query), '--json',
    `http://127.0.0.1:${server.port}/graphql`], { timeout: (seconds + 30) * 1000, maxBuffer: 16 * 1024 * 1024 });
  const r = JSON.parse(stdout);
  return {
    rate, achievedRps: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}
