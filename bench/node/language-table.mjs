// Prints the side-by-side table of bench/run-language.sh: SolidarityGraph (BenchmarkDotNet brief JSON reports)
// against graphql-js (parse-bench.mjs output) for each operation and document.
// Usage: node language-table.mjs <BenchmarkDotNet results folder> <parse-bench JSON> [<--cpu-time JSON of the .NET runner>]
import fs from 'node:fs';
import path from 'node:path';

const [resultsDir, nodeFile, cpuFile] = process.argv.slice(2);
if (!resultsDir || !nodeFile) {
  console.error('usage: node language-table.mjs <BenchmarkDotNet results folder> <parse-bench JSON>');
  process.exit(2);
}

// BenchmarkDotNet method → the graphql-js operation it is compared with.
const peerOf = { Lex: 'Lex', ParseString: 'Parse', ParseUtf8: 'Parse', Print: 'Print' };

const ours = fs.readdirSync(resultsDir)
  .filter((f) => f.endsWith('-report-brief.json'))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8')).Benchmarks)
  .map((b) => ({
    method: b.Method,
    document: /Document=([^,]+)/.exec(b.Parameters)?.[1] ?? '',
    // Median ns/op, like the Node side, which reports the median of its rounds.
    nsPerOp: b.Statistics.Median,
    allocated: b.Memory?.BytesAllocatedPerOperation,
  }));
const node = JSON.parse(fs.readFileSync(nodeFile, 'utf8'));
const peer = new Map(node.results.map((r) => [`${r.operation}/${r.document}`, r]));
const ourCpu = cpuFile && fs.existsSync(cpuFile)
  ? new Map(JSON.parse(fs.readFileSync(cpuFile, 'utf8')).results.map((r) => [`${r.operation}/${r.document}`, r.cpuNsPerOp]))
  : new Map();

const rows = [['operation', 'document', 'SolidarityGraph ops/s', 'allocated B/op', 'graphql-js ops/s', 'ratio (wall)', 'ratio (CPU time)']];
const order = ['Lex', 'ParseString', 'ParseUtf8', 'Print'];
ours.sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method) || a.document.localeCompare(b.document));
for (const r of ours) {
  const js = peer.get(`${peerOf[r.method]}/${r.document}`);
  const opsPerSecond = 1e9 / r.nsPerOp;
  rows.push([
    r.method,
    r.document,
    Math.round(opsPerSecond).toLocaleString('en-US'),
    r.allocated === undefined ? 'n/a' : r.allocated.toLocaleString('en-US'),
    js ? Math.round(js.opsPerSecond).toLocaleString('en-US') : 'n/a',
    js ? `${(opsPerSecond / js.opsPerSecond).toFixed(2)}x` : 'n/a',
    js?.cpuNsPerOp && ourCpu.has(`${r.method}/${r.document}`)
      ? `${(js.cpuNsPerOp / ourCpu.get(`${r.method}/${r.document}`)).toFixed(2)}x`
      : 'n/a',
  ]);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => '| ' + row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(rows[0]));
console.log('|' + widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|') + '|');
rows.slice(1).forEach((row) => console.log(line(row)));
console.log(`\nSolidarityGraph: BenchmarkDotNet median; graphql-js ${node.graphqlVersion} on ${node.runtime}: median of 5 rounds after warm-up.\nratio (wall) = SolidarityGraph / graphql-js throughput from those medians; ratio (CPU time) compares median process CPU time per operation (SolidarityGraph.Benchmarks --cpu-time), which other processes on a busy machine distort least.`);
