// Shared by the Node peers of the engine benchmarks (PERFORMANCE.md §6): loads the pinned graphql-js and times
// a function the way parse-bench.mjs does (warm-up, 5 rounds of about a second, gc() between rounds).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** graphql-js from tests/conformance/node_modules, exactly the version pinned there (exit 3 otherwise). */
export function loadGraphQL(tool) {
  const conformance = path.join(repo, 'tests', 'conformance');
  const pinned = JSON.parse(fs.readFileSync(path.join(conformance, 'package.json'), 'utf8')).dependencies.graphql;
  const installedFile = path.join(conformance, 'node_modules', 'graphql', 'package.json');
  if (!fs.existsSync(installedFile)) {
    console.error(`${tool}: run "npm ci" in ${conformance} first`);
    process.exit(3);
  }
  const version = JSON.parse(fs.readFileSync(installedFile, 'utf8')).version;
  if (version !== pinned) {
    console.error(`${tool}: graphql ${version} is installed but ${pinned} is pinned; run "npm ci" in ${conformance}`);
    process.exit(3);
  }
  return { graphql: createRequire(path.join(conformance, 'package.json'))('graphql'), version };
}

/** The introspection query graphql-js 17 sends with all options, from the shared folder beside the repository. */
export function readIntrospectionQuery(tool) {
  const file = path.resolve(repo, '..', 'shared', 'conformance', 'introspection-queries', 'graphql-js17-all-options.graphql');
  if (!fs.existsSync(file)) {
    console.error(`${tool}: the introspection query is missing: ${file}`);
    process.exit(3);
  }
  return fs.readFileSync(file, 'utf8');
}

let sink = 0;

/**
 * Median ns/op of 5 rounds (each at least roundSeconds long) after the warm-up, the fastest round, and the median
 * round's process CPU time per operation (user + system), which waiting for a core does not inflate.
 */
export function measure(fn, { quick = false } = {}) {
  const warmUpIterations = quick ? 2_000 : 10_000;
  const rounds = 5;
  const roundSeconds = quick ? 0.25 : 1;
  let start = process.hrtime.bigint();
  for (let i = 0; i < warmUpIterations; i++) sink ^= fn() ? 1 : 0;
  const warmNs = Number(process.hrtime.bigint() - start) / warmUpIterations;
  const iterations = Math.max(1, Math.ceil((roundSeconds * 1e9) / warmNs));
  const perOp = [];
  const cpuPerOp = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink ^= fn() ? 1 : 0;
    perOp.push(Number(process.hrtime.bigint() - start) / iterations);
    const used = process.cpuUsage(cpu);
    cpuPerOp.push(((used.user + used.system) * 1000) / iterations);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(rounds / 2)];
  return { nsPerOp: median(perOp), minNsPerOp: Math.min(...perOp), cpuNsPerOp: median(cpuPerOp), iterations, sink };
}
