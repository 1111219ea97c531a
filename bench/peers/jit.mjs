// Peer "jit": graphql-jit on node:http, compiled queries cached by text like benawad's core-graphql-jit-str,
// but the document is validated on every cache miss (the raw jit server skips validation: PERFORMANCE.md §8).
import { createServer } from 'node:http';
import { parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createSchema } from './shared/schema.mjs';
import { createContext } from './shared/context.mjs';
import { serveStats } from './shared/stats.mjs';
import { listen, Lru, readBody, responseType } from './shared/server.mjs';

const schema = createSchema('jit');
const compiled = new Lru(1000);

function compile(query, operationName) {
  const key = `${operationName ?? ''}\n${query}`;
  let entry = compiled.get(key);
  if (entry) return entry;
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { errors: [error] };
  }
  const errors = validate(schema, document);
  entry = errors.length > 0 ? { errors } : compileQuery(schema, document, operationName ?? undefined);
  return compiled.set(key, entry);
}

async function handle(req, res) {
  if (req.method !== 'POST' || !req.url.startsWith('/graphql')) {
    res.writeHead(404).end();
    return;
  }
  let params;
  try {
    params = JSON.parse(await readBody(req));
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"Invalid JSON body."}]}');
    return;
  }
  const type = responseType(req);
  const entry = compile(params.query, params.operationName);
  if (!isCompiledQuery(entry)) {
    res.writeHead(type.startsWith('application/json') ? 200 : 400, { 'content-type': type });
    res.end(JSON.stringify({ errors: entry.errors.map((e) => e.toJSON()) }));
    return;
  }
  const result = await entry.query(undefined, createContext(), params.variables ?? {});
  const json = entry.stringify(result);
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(json) }).end(json);
}

listen(createServer((req, res) => {
  if (serveStats(req, res)) return;
  handle(req, res).catch((err) => res.writeHead(500).end(String(err)));
}), 'jit');
