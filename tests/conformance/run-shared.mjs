#!/usr/bin/env node
// Runs one of the shared conformance tools (../../../shared/conformance/<tool>.mjs, e.g. oracle.mjs) with the
// graphql pinned in this folder instead of the shared folder's own node_modules. Arguments after the tool name,
// stdin and stdout pass through unchanged.
//   node tests/conformance/run-shared.mjs oracle.mjs < cases.json > expected.json
// SG_SHARED_CONFORMANCE overrides where the shared tools live.
import path from 'node:path';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tool = process.argv[2];
if (!tool || !/^[\w-]+\.mjs$/.test(tool)) {
  console.error('usage: node run-shared.mjs <tool>.mjs [args...]');
  process.exit(2);
}
const sharedDir = process.env.SG_SHARED_CONFORMANCE ?? path.resolve(here, '..', '..', '..', 'shared', 'conformance');
process.argv.splice(2, 1);
register('./shared-tool-hooks.mjs', import.meta.url);
await import(pathToFileURL(path.join(sharedDir, tool)).href);
