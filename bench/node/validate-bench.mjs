// graphql-js 17.1.0 peer for the SolidarityGraph validation benchmarks (PERFORMANCE.md §6): validate() with its
// default rules on the schema and documents ValidationBenchmarks uses (bench/SolidarityGraph.Benchmarks/Validation/).
// Usage: node --expose-gc bench/node/validate-bench.mjs [--json out.json] [--quick]
import fs from 'node:fs';
import path from 'node:path';
import { loadGraphQL, measure, readIntrospectionQuery, repo } from './measure.mjs';

const tool = 'validate-bench';
const { graphql, version } = loadGraphQL(tool);
const { buildSchema, parse, validate, validateSchema } = graphql;

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const quick = args.includes('--quick');

const workload = path.join(repo, 'bench', 'SolidarityGraph.Benchmarks', 'Validation');
const schema = buildSchema(fs.readFileSync(path.join(workload, 'SolidarityEconomy.graphql'), 'utf8'));
const schemaErrors = validateSchema(schema);
if (schemaErrors.length > 0) {
  console.error(`${tool}: the benchmark schema is invalid: ${schemaErrors.map((e) => e.message).join('; ')}`);
  process.exit(1);
}

const documents = {
  introspection: readIntrospectionQuery(tool),
  'organisation-dashboard': fs.readFileSync(path.join(workload, 'OrganisationDashboard.graphql'), 'utf8'),
};

const results = [];
for (const [name, body] of Object.entries(documents)) {
  const document = parse(body);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    // Timing error reporting would measure something else: both engines must accept the document.
    console.error(`${tool}: ${name} is not valid: ${errors.map((e) => e.message).join('; ')}`);
    process.exit(1);
  }
  // validate() caches nothing between calls (the schema caches type lookups once, as ours does).
  const { nsPerOp, minNsPerOp, cpuNsPerOp } = measure(() => validate(schema, document), { quick });
  results.push({ operation: 'Validate', document: name, nsPerOp, minNsPerOp, cpuNsPerOp, opsPerSecond: 1e9 / nsPerOp });
  console.error(`Validate ${name.padEnd(24)} ${(nsPerOp / 1000).toFixed(2).padStart(10)} µs/op ${Math.round(1e9 / nsPerOp).toString().padStart(10)} ops/s`);
}

const report = { runtime: `node ${process.version}`, graphqlVersion: version, gcBetweenRounds: typeof globalThis.gc === 'function', results };
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2));
else process.stdout.write(JSON.stringify(report, null, 2) + '\n');
