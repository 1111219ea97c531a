// Writes the request bodies (bench/scenario/queries/) and the golden responses (bench/scenario/golden/),
// produced by graphql-js 16 executing the shared resolvers: the reference every server is diffed against.
// Run after changing schema.graphql, data.json or a query: node bench/tools/make-scenario.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createSchema, getIntrospectionQuery, graphql, sdl } from '../peers/shared/schema.mjs';
import { introspect17 } from '../peers/shared/introspection17.mjs';
import { createContext } from '../peers/shared/context.mjs';

const Q2 = '{ authors { id name md5 books { id name } } }';

// PERFORMANCE.md §5.3. Q6 is Q2 plus a per-request comment; its template holds one %d for wrk's string.format.
export const queries = {
  Q1: { query: '{ hello }' },
  Q1v: { query: 'query($id:ID!){author(id:$id){id name company}}', variables: { id: 'author-7' } },
  Q2: { query: Q2 },
  Q3: { query: '{ authors { id name books { id name numPages reviews { id stars body } } } }' },
  Q4: { query: getIntrospectionQuery({ descriptions: true }) },
  Q5: {
    query: 'mutation($b:ID!,$s:Int!,$t:String!){addReview(bookId:$b,stars:$s,body:$t){id stars}}',
    variables: { b: 'book-3-2', s: 4, t: 'Clear and practical.' },
  },
  Q6: { query: `${Q2} #%d` },
};

const root = new URL('../scenario/', import.meta.url);
mkdirSync(new URL('queries/', root), { recursive: true });
mkdirSync(new URL('golden/', root), { recursive: true });

const schema = createSchema('golden');
for (const [id, body] of Object.entries(queries)) {
  writeFileSync(new URL(`queries/${id}.json`, root), JSON.stringify(body));
  // Q6's golden is Q2's with the comment filled in: comments never change a response.
  const source = id === 'Q6' ? body.query.replace('%d', '1') : body.query;
  const result = await graphql({ schema, source, variableValues: body.variables, contextValue: createContext() });
  if (result.errors) throw new Error(`${id}: ${result.errors.map((e) => e.message).join('; ')}`);
  const json = JSON.parse(JSON.stringify(result));
  writeFileSync(new URL(`golden/${id}.json`, root), JSON.stringify(json, null, 2) + '\n');
  console.log(`${id}: ${Buffer.byteLength(JSON.stringify(json))} bytes compact`);
}

// Servers with `golden: { Q4: 'Q4.v17' }` in tools/servers.mjs are checked against graphql-js 17's introspection.
const v17 = introspect17(sdl, queries.Q4.query);
if (v17.errors) throw new Error(`Q4.v17: ${v17.errors.map((e) => e.message).join('; ')}`);
writeFileSync(new URL('golden/Q4.v17.json', root), JSON.stringify(JSON.parse(JSON.stringify(v17)), null, 2) + '\n');
console.log(`Q4.v17: ${Buffer.byteLength(JSON.stringify(v17))} bytes compact`);
