// Peer "js": graphql-js 16 behind graphql-http (the spec's reference handler) on node:http.
// parse and validate are cached by query text, as every production server does on the warm path (PERFORMANCE.md §3).
import { createServer } from 'node:http';
import { parse, validate } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { createSchema } from './shared/schema.mjs';
import { createContext } from './shared/context.mjs';
import { serveStats } from './shared/stats.mjs';
import { listen, Lru } from './shared/server.mjs';

const parsed = new Lru(1000);
const validated = new WeakMap();

const handler = createHandler({
  schema: createSchema('js'),
  context: () => createContext(),
  parse: (text) => parsed.get(text) ?? parsed.set(text, parse(text)),
  validate: (schema, document, rules) => {
    let errors = validated.get(document);
    if (!errors) validated.set(document, (errors = validate(schema, document, rules)));
    return errors;
  },
});

listen(createServer((req, res) => {
  if (serveStats(req, res)) return;
  handler(req, res).catch((err) => {
    res.writeHead(500).end(String(err));
  });
}), 'js');
