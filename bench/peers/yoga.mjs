// Peer "yoga": GraphQL Yoga with its default plugins (parser and validation cache included) on node:http.
// Introspection stays enabled (Yoga's default) so Q4 runs; logging and the landing page are off.
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createSchema } from './shared/schema.mjs';
import { createContext } from './shared/context.mjs';
import { serveStats } from './shared/stats.mjs';
import { listen } from './shared/server.mjs';

const yoga = createYoga({
  schema: createSchema('yoga'),
  context: () => createContext(),
  graphiql: false,
  landingPage: false,
  logging: false,
});

listen(createServer((req, res) => {
  if (!serveStats(req, res)) yoga(req, res);
}), 'yoga');
