#!/usr/bin/env node
// Runs the GraphQL-over-HTTP server audits of graphql-http (pinned in ./package.json) against a live endpoint and
// prints one JSON summary line on stdout: {"url","version","total","passed","failures":[{id,name,status,reason}]}.
// Used by SolidarityGraph.GraphQL.AspNetCore.Tests (GraphQLHttpAuditTests); runnable by hand too:
//   npm ci && node audit-http.mjs http://127.0.0.1:5000/graphql
// Exit code: 0 when every audit passed, 1 when any failed, 2 when the audits could not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = process.argv[2];
if (!url) {
  console.error('usage: node audit-http.mjs URL');
  process.exit(2);
}

// Refuse to audit with anything but the exact pin, so a score always means the same audit set.
const pinned = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies['graphql-http'];
const installedManifest = path.join(here, 'node_modules', 'graphql-http', 'package.json');
if (!fs.existsSync(installedManifest)) {
  console.error(`graphql-http is not installed; run "npm ci" in ${here}`);
  process.exit(2);
}
const version = JSON.parse(fs.readFileSync(installedManifest, 'utf8')).version;
if (version !== pinned) {
  console.error(`graphql-http ${version} is installed but ${pinned} is pinned; run "npm ci" in ${here}`);
  process.exit(2);
}

const { auditServer } = await import('graphql-http');
// Every request is bounded: a hung server fails its audits instead of hanging the test run.
const timeoutMs = Number(process.env.AUDIT_REQUEST_TIMEOUT_MS || 15000);
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });

const results = await auditServer({ url, fetchFn });
const failures = [];
for (const r of results) {
  if (r.status === 'ok') continue;
  let detail = '';
  if (r.response) {
    try {
      const body = r.response.bodyUsed ? '<body read by the audit>' : await r.response.text();
      detail = ` (HTTP ${r.response.status} ${r.response.headers.get('content-type') ?? '<no content-type>'}: ${body.slice(0, 300)})`;
    } catch (e) {
      detail = ` (HTTP ${r.response.status})`;
    }
  }
  failures.push({ id: r.id, name: r.name, status: r.status, reason: `${r.reason}${detail}` });
}

const summary = { url, version, total: results.length, passed: results.length - failures.length, failures };
console.log(JSON.stringify(summary));
process.exit(failures.length ? 1 : 0);
