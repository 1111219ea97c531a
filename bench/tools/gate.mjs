// Correctness gate (PERFORMANCE.md §5.4): before any timing, every server answers every query it takes part in,
// and the answer must equal the golden response. It also records each server's exact bytes per response,
// which every measured run is then checked against.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rawPost } from './http-raw.mjs';
import { bench } from './servers.mjs';

const scenario = `${bench}scenario/`;

/** The request body for a query; Q6's template gets `n` filled in (a fresh document text per request). */
export function requestBody(query, n = 0) {
  const body = readFileSync(`${scenario}queries/${query}.json`, 'utf8');
  return query === 'Q6' ? body.replace('%d', String(n)) : body;
}

export const bodyFile = (query) => `${scenario}queries/${query}.json`;

const golden = (name) => JSON.parse(readFileSync(`${scenario}golden/${name}.json`, 'utf8'));

/**
 * Canonical form for comparison: object keys sorted (as `jq -S`). Introspection lists of named things are sorted
 * by name too, because the spec leaves the order of __schema.types and directives to the implementation.
 */
export function canonical(value, key) {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v));
    if ((key === 'types' || key === 'directives') && items.every((i) => i && typeof i.name === 'string')) {
      items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    return items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k], k)]));
  }
  return value;
}

/**
 * A server whose introspection differs from graphql-js's in its own meta-types, built-in directives and built-in
 * scalar descriptions answers Q4 against its own golden file; the scenario's types must still equal `Q4.json`'s.
 */
function schemaOwnTypes(response) {
  const types = response?.data?.__schema?.types ?? [];
  return types
    .filter((type) => !type.name.startsWith('__'))
    .map((type) => (type.kind === 'SCALAR' ? { ...type, description: null } : type));
}

/** The first path where two canonical values differ, for a readable failure. */
export function firstDifference(expected, actual, path = '$') {
  if (typeof expected !== typeof actual || Array.isArray(expected) !== Array.isArray(actual)) return path;
  if (expected && typeof expected === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual ?? {})]);
    for (const k of keys) {
      const d = firstDifference(expected[k], actual?.[k], `${path}${Array.isArray(expected) ? `[${k}]` : `.${k}`}`);
      if (d) return d;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Checks one server; returns { failures: string[], wireBytes: { [query]: bytes } }. */
export async function checkServer(server, queries, outDir) {
  const failures = [];
  const wireBytes = {};
  for (const query of queries) {
    let response;
    try {
      response = await rawPost(server.port, requestBody(query));
    } catch (error) {
      failures.push(`${server.id} ${query}: ${error.message}`);
      continue;
    }
    wireBytes[query] = response.wireBytes;
    let problem = response.status === 200 ? null : `status ${response.status}`;
    if (!problem) {
      try {
        const actual = canonical(JSON.parse(response.body));
        problem = firstDifference(canonical(golden(server.golden?.[query] ?? query)), actual);
        if (!problem && server.golden?.[query] && query === 'Q4') {
          problem = firstDifference(schemaOwnTypes(canonical(golden(query))), schemaOwnTypes(actual));
        }
      } catch (error) {
        problem = `invalid JSON (${error.message})`;
      }
    }
    if (problem) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(`${outDir}/${server.id}-${query}.actual.json`, response.body);
      failures.push(`${server.id} ${query}: ${problem.slice(0, 300)} (body in ${outDir}/${server.id}-${query}.actual.json)`);
    }
  }
  return { failures, wireBytes };
}
