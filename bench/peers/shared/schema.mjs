// The §5.3 schema (bench/scenario/schema.graphql) with one resolver map shared by every Node peer,
// so all of them do the same resolver work: per-request MD5, DataLoader batching, the same mutation ring.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLError } from 'graphql';
import { authors, authorsById, booksById } from './data.mjs';
import { LATE_AFTER_REQUESTS, sabotageMode } from './sabotage.mjs';

export const sdl = readFileSync(new URL('../../scenario/schema.graphql', import.meta.url), 'utf8');

// addReview writes into a fixed ring so memory stays flat under load; ids have a fixed width so
// every response has the same size (the gate compares bytes per response).
const RING_SIZE = 10_000;
const ring = new Array(RING_SIZE);
let written = 0;

export function createResolvers(serverId) {
  const mode = sabotageMode(serverId);
  const check = (ctx) => {
    if (mode === 'late' && ctx.stats.requests > LATE_AFTER_REQUESTS) throw new GraphQLError('broken on purpose');
  };
  const md5 = (name) => createHash('md5').update(mode === 'data' ? name + '!' : name).digest('hex');

  return {
    Query: {
      hello: (_, __, ctx) => (check(ctx), 'world'),
      authors: (_, { first }, ctx) => (check(ctx), authors.slice(0, Math.max(0, first))),
      author: (_, { id }, ctx) => (check(ctx), authorsById.get(id) ?? null),
    },
    Author: {
      md5: (author) => md5(author.name),
      books: (author, _, ctx) => ctx.booksByAuthor.load(author.id),
    },
    Book: {
      reviews: (book, { first }, ctx) =>
        ctx.reviewsByBook.load(book.id).then((list) => list.slice(0, Math.max(0, first))),
    },
    Mutation: {
      addReview: (_, { bookId, stars, body }, ctx) => {
        check(ctx);
        if (!booksById.has(bookId)) throw new GraphQLError(`Unknown book '${bookId}'.`);
        const slot = written++ % RING_SIZE;
        const review = { id: `new-${String(slot).padStart(4, '0')}`, bookId, stars, body };
        ring[slot] = review;
        return review;
      },
    },
  };
}

/** Builds the executable schema: SDL plus the resolver map attached to the fields. */
export function createSchema(serverId) {
  const schema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(createResolvers(serverId))) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve;
  }
  return schema;
}

// Re-exported so scripts outside bench/peers use this same graphql instance (graphql-js rejects a second copy).
export { getIntrospectionQuery, graphql } from 'graphql';
