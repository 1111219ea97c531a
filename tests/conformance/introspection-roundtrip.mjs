#!/usr/bin/env node
// Checks the engine's introspection answers with graphql-js 17.1.0 (pinned in ./package.json, installed in ./node_modules).
// stdin:  { sdl, printed, probes: [{ name, build, compare, response }] }
//   sdl       the schema the engine introspected
//   printed   the engine's SchemaPrinter output for that schema
//   probes    each introspection query's response ({data, errors?}); build = rebuild a schema from it;
//             compare = the query asks for everything, so the rebuilt schema must print exactly like `printed`
// stdout: { graphqlVersion, probes: [{ name, problems: [] }], expectedIntrospectionSchema }
//   For a built probe: buildClientSchema(data) must succeed and validateSchema must find nothing; for a compared
//   one printSchema(rebuilt) must also equal `printed`. expectedIntrospectionSchema is printIntrospectionSchema(buildSchema(sdl)).
import { loadPinned } from './load-pinned-local.mjs';

const { buildClientSchema, buildSchema, validateSchema, printSchema, printIntrospectionSchema, version } = await loadPinned('graphql');

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const probes = input.probes.map(({ name, build, compare, response }) => {
  const problems = [];
  if (response?.errors?.length) problems.push('errors: ' + JSON.stringify(response.errors));
  if (!response?.data) problems.push('no data');
  if (!problems.length && build) {
    try {
      const rebuilt = buildClientSchema(response.data);
      const errors = validateSchema(rebuilt);
      if (errors.length) problems.push('invalid schema: ' + errors.map((e) => e.message).join('; '));
      const printed = printSchema(rebuilt);
      if (compare && printed !== input.printed) {
        const a = input.printed.split('\n'), b = printed.split('\n');
        const i = a.findIndex((line, n) => line !== b[n]);
        problems.push(`printSchema(rebuilt) differs from SchemaPrinter at line ${i + 1}: ours ${JSON.stringify(a[i])}, rebuilt ${JSON.stringify(b[i])}`);
      }
    } catch (e) {
      problems.push('buildClientSchema failed: ' + e.message);
    }
  }
  return { name, problems };
});

process.stdout.write(JSON.stringify({ graphqlVersion: version, probes, expectedIntrospectionSchema: printIntrospectionSchema(buildSchema(input.sdl)) }) + '\n');
