// Differential oracle for the SolidarityGraph parser and printer.
// stdin: a JSON array of GraphQL source strings. stdout: a JSON array, one entry per source, in the same order:
//   { "ok": true, "printed": print(parse(source)) }                    when graphql-js accepts the document
//   { "ok": false, "message": "...", "line": L, "column": C }          when it reports a syntax error
// graphql-js is loaded from ./node_modules only, and its version must equal the exact pin in ./package.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pinned = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies.graphql;
const installedFile = path.join(here, 'node_modules', 'graphql', 'package.json');
if (!fs.existsSync(installedFile)) {
  console.error(`parse-print: graphql is not installed; run "npm ci" in ${here}`);
  process.exit(3);
}
const installed = JSON.parse(fs.readFileSync(installedFile, 'utf8')).version;
if (installed !== pinned) {
  console.error(`parse-print: graphql ${installed} is installed but package.json pins ${pinned}; run "npm ci" in ${here}`);
  process.exit(3);
}

const { parse, print, GraphQLError } = await import('graphql');

const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
if (!Array.isArray(sources)) {
  console.error('parse-print: stdin must be a JSON array of strings');
  process.exit(2);
}

const results = sources.map((source) => {
  try {
    const document = parse(source, { experimentalFragmentArguments: false });
    return { ok: true, printed: print(document) };
  } catch (error) {
    if (error instanceof GraphQLError) {
      const location = error.locations?.[0];
      return { ok: false, message: error.message, line: location?.line ?? null, column: location?.column ?? null };
    }
    return { ok: false, message: `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`, line: null, column: null };
  }
});

process.stdout.write(JSON.stringify({ graphqlVersion: installed, results }));
