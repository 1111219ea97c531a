// Stand-in for ../shared/conformance/load-pinned.mjs when the shared tools run through run-shared.mjs:
// resolves a dependency from ./node_modules (installed by `npm ci` from this folder's package-lock.json) and
// checks that its version is the exact pin of ./package.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function loadPinned(name) {
  const installed = path.join(here, 'node_modules', name, 'package.json');
  if (!fs.existsSync(installed)) {
    console.error(`conformance: ${name} is not installed; run "npm ci" in ${here}`);
    process.exit(3);
  }
  const pinned = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies?.[name];
  const version = JSON.parse(fs.readFileSync(installed, 'utf8')).version;
  if (pinned !== version) {
    console.error(`conformance: ${name} ${version} is installed but package.json pins ${pinned}; run "npm ci" in ${here}`);
    process.exit(3);
  }
  const mod = await import(name);
  return mod.default && Object.keys(mod).length === 1 ? mod.default : mod;
}
