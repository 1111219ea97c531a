// Ceiling C2 (PERFORMANCE.md §5.8): node:http answering each scenario request with the precomputed golden bytes.
// It reads the whole body and looks the response up by the body text, so it still pays for receiving the request.
// Tells whether the Node peers are bound by node:http itself. No dependencies beyond Node.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const scenario = new URL('../scenario/', import.meta.url);
const QUERIES = ['Q1', 'Q1v', 'Q2', 'Q3'];
const responses = new Map(QUERIES.map((id) => [
  readFileSync(new URL(`queries/${id}.json`, scenario), 'utf8'),
  Buffer.from(JSON.stringify(JSON.parse(readFileSync(new URL(`golden/${id}.json`, scenario), 'utf8')))),
]));
const headers = (length) => ({ 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': length });

const server = createServer((req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const bytes = responses.get(Buffer.concat(chunks).toString('utf8'));
    if (bytes) res.writeHead(200, headers(bytes.length)).end(bytes);
    else res.writeHead(404).end();
  });
});
const port = Number(process.env.PORT ?? 4000);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`c2 listening on ${port}`));
