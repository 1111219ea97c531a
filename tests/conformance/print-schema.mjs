// Differential oracle for the SolidarityGraph schema builder, printer and schema validator.
// stdin: a JSON array of SDL strings. stdout: { graphqlVersion, results }, one result per SDL, in the same order:
//   { "ok": true, "printed": printSchema(buildSchema(sdl)), "schemaErrors": ["message", ...] }
//   { "ok": false, "message": "..." }                      when buildSchema rejects the SDL
// schemaErrors are validateSchema's messages (an empty array for a valid schema).
// graphql-js is loaded from ./node_modules only, and its version must equal the exact pin in ./package.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pinned = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies.graphql;
const installedFile = path.join(here, 'node_modules', 'graphql', 'package.json');
if (!fs.existsSync(installedFile)) {
  console.error(`print-schema: graphql is not installed; run "npm ci" in ${here}`);
  process.exit(3);
}
const installed = JSON.parse(fs.readFileSync(installedFile, 'utf8')).version;
if (installed !== pinned) {
  console.error(`print-schema: graphql ${installed} is installed but package.json pins ${pinned}; run "npm ci" in ${here}`);
  process.exit(3);
}

const { buildSchema, printSchema, validateSchema } = await import('graphql');

const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
if (!Array.isArray(sources)) {
  console.error('print-schema: stdin must be a JSON array of strings');
  process.exit(2);
}

const results = sources.map((sdl) => {
  let schema;
  try {
    schema = buildSchema(sdl);
  } catch (error) {
    return { ok: false, message: String(error?.message ?? error) };
  }
  let printed;
  try {
    printed = printSchema(schema);
  } catch (error) {
    return { ok: false, message: `printSchema: ${error?.message ?? error}` };
  }
  const schemaErrors = validateSchema(schema).map((error) => error.message);
  return { ok: true, printed, schemaErrors };
});

process.stdout.write(JSON.stringify({ graphqlVersion: installed, results }));
