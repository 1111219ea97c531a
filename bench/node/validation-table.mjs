// Prints the side-by-side table of bench/run-validation.sh: SolidarityGraph's DocumentValidator.Validate
// (BenchmarkDotNet brief JSON reports) against graphql-js validate() (validate-bench.mjs output) per document.
// Usage: node validation-table.mjs <BenchmarkDotNet results folder> <validate-bench JSON> [<--cpu-time JSON of the .NET runner>]
import fs from 'node:fs';
import path from 'node:path';

const [resultsDir, nodeFile, cpuFile] = process.argv.slice(2);
if (!resultsDir || !nodeFile) {
  console.error('usage: node validation-table.mjs <BenchmarkDotNet results folder> <validate-bench JSON> [<cpu-time JSON>]');
  process.exit(2);
}

const ours = fs.readdirSync(resultsDir)
  .filter((f) => f.endsWith('ValidationBenchmarks-report-brief.json') && !f.includes('Rule'))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8')).Benchmarks)
  .map((b) => ({
    document: /Document=([^,]+)/.exec(b.Parameters)?.[1] ?? '',
    nsPerOp: b.Statistics.Median,
    allocated: b.Memory?.BytesAllocatedPerOperation,
  }))
  .sort((a, b) => a.document.localeCompare(b.document));
const node = JSON.parse(fs.readFileSync(nodeFile, 'utf8'));
const peer = new Map(node.results.map((r) => [r.document, r]));
const ourCpu = cpuFile && fs.existsSync(cpuFile)
  ? new Map(JSON.parse(fs.readFileSync(cpuFile, 'utf8')).results.map((r) => [r.document, r.cpuNsPerOp]))
  : new Map();

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const rows = [['document', 'SolidarityGraph µs (median)', 'ops/s', 'allocated B/op', 'graphql-js µs', 'ops/s', 'ratio (wall)', 'SG CPU µs', 'js CPU µs', 'ratio (CPU time)', 'goal ≥ 3×']];
for (const r of ours) {
  const js = peer.get(r.document);
  const cpu = ourCpu.get(r.document);
  const cpuRatio = js?.cpuNsPerOp && cpu ? js.cpuNsPerOp / cpu : undefined;
  rows.push([
    r.document,
    (r.nsPerOp / 1000).toFixed(1),
    fmt(1e9 / r.nsPerOp),
    r.allocated === undefined ? 'n/a' : fmt(r.allocated),
    js ? (js.nsPerOp / 1000).toFixed(1) : 'n/a',
    js ? fmt(js.opsPerSecond) : 'n/a',
    js ? `${(js.nsPerOp / r.nsPerOp).toFixed(2)}x` : 'n/a',
    cpu ? (cpu / 1000).toFixed(1) : 'n/a',
    js?.cpuNsPerOp ? (js.cpuNsPerOp / 1000).toFixed(1) : 'n/a',
    cpuRatio ? `${cpuRatio.toFixed(2)}x` : 'n/a',
    cpuRatio ? (cpuRatio >= 3 ? 'met' : 'MISSED') : 'n/a',
  ]);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => '| ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(rows[0]));
console.log('|' + widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|') + '|');
rows.slice(1).forEach((row) => console.log(line(row)));
console.log(`\nSolidarityGraph: DocumentValidator.Validate, every specified rule, no cache (BenchmarkDotNet median); graphql-js ${node.graphqlVersion} validate() with its default rules on ${node.runtime}: median of 5 rounds after warm-up.`);
console.log('ratio (wall) compares those medians; ratio (CPU time) compares median process CPU time per operation (SolidarityGraph.Benchmarks --cpu-time … validation), which a busy machine distorts least. The goal is judged on the CPU-time ratio.');
