// graphql-js 17.1.0 peer for the SolidarityGraph language benchmarks (PERFORMANCE.md §6): times lexing,
// parsing and printing of the same documents the BenchmarkDotNet cases use.
// Usage: node --expose-gc bench/node/parse-bench.mjs [--json out.json] [--quick]
// graphql is loaded from tests/conformance/node_modules (exact pin, installed with "npm ci" there).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const conformance = path.join(repo, 'tests', 'conformance');
const pinned = JSON.parse(fs.readFileSync(path.join(conformance, 'package.json'), 'utf8')).dependencies.graphql;
const installedFile = path.join(conformance, 'node_modules', 'graphql', 'package.json');
if (!fs.existsSync(installedFile)) {
  console.error(`parse-bench: run "npm ci" in ${conformance} first`);
  process.exit(3);
}
const installed = JSON.parse(fs.readFileSync(installedFile, 'utf8')).version;
if (installed !== pinned) {
  console.error(`parse-bench: graphql ${installed} is installed but ${pinned} is pinned; run "npm ci" in ${conformance}`);
  process.exit(3);
}
const { parse, print, Lexer, Source, TokenKind } = createRequire(path.join(conformance, 'package.json'))('graphql');

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const quick = args.includes('--quick');

const fixtures = path.join(repo, 'tests', 'SolidarityGraph.Testing', 'Fixtures');
const introspection = path.resolve(repo, '..', 'shared', 'conformance', 'introspection-queries', 'graphql-js17-all-options.graphql');
if (!fs.existsSync(introspection)) {
  console.error(`parse-bench: the introspection query is missing: ${introspection}`);
  process.exit(3);
}
const documents = {
  'kitchen-sink-query': fs.readFileSync(path.join(fixtures, 'KitchenSinkQuery.graphql'), 'utf8'),
  'kitchen-sink-schema': fs.readFileSync(path.join(fixtures, 'KitchenSinkSchema.graphql'), 'utf8'),
  introspection: fs.readFileSync(introspection, 'utf8'),
};

const warmUpIterations = quick ? 2_000 : 10_000;
const rounds = 5;
const roundSeconds = quick ? 0.25 : 1;
let sink = 0;

// 10k warm-up iterations, then 5 rounds of N iterations (N chosen so a round lasts at least a second),
// with a full GC between rounds; the result is the median round's nanoseconds per operation, the fastest round's,
// and the median round's process CPU time per operation (user + system), which waiting for a core does not inflate.
function measure(fn) {
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
  return { nsPerOp: median(perOp), minNsPerOp: Math.min(...perOp), cpuNsPerOp: median(cpuPerOp), iterations };
}

function lex(body) {
  const lexer = new Lexer(new Source(body));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  return tokens;
}

const results = [];
for (const [name, body] of Object.entries(documents)) {
  const parsed = parse(body);
  const cases = {
    Lex: () => lex(body),
    Parse: () => parse(body),
    Print: () => print(parsed),
  };
  for (const [operation, fn] of Object.entries(cases)) {
    const { nsPerOp, minNsPerOp, cpuNsPerOp } = measure(fn);
    results.push({ operation, document: name, nsPerOp, minNsPerOp, cpuNsPerOp, opsPerSecond: 1e9 / nsPerOp });
    console.error(`${operation.padEnd(6)} ${name.padEnd(20)} ${(nsPerOp / 1000).toFixed(2).padStart(10)} µs/op ${Math.round(1e9 / nsPerOp).toString().padStart(10)} ops/s`);
  }
}

const report = { runtime: `node ${process.version}`, graphqlVersion: installed, gcBetweenRounds: typeof globalThis.gc === 'function', sink, results };
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2));
else process.stdout.write(JSON.stringify(report, null, 2) + '\n');
