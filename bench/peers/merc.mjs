// Peer "merc": Mercurius on Fastify with jit: 1 (compile after the first hit; parse and validate are LRU-cached).
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { createSchema } from './shared/schema.mjs';
import { createContext } from './shared/context.mjs';
import { statsJson } from './shared/stats.mjs';

const app = Fastify({ logger: false });
app.register(mercurius, { schema: createSchema('merc'), jit: 1, graphiql: false, context: () => createContext() });
app.get('/__stats', (_, reply) => reply.type('application/json').send(statsJson()));

const port = Number(process.env.PORT ?? 4000);
await app.listen({ port, host: '127.0.0.1' });
console.log(`merc listening on ${port}`);
