// Small helpers shared by the node:http peers.

/** Listens on 127.0.0.1:$PORT and prints the line the harness waits for. */
export function listen(server, id) {
  const port = Number(process.env.PORT ?? 4000);
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => console.log(`${id} listening on ${port}`));
}

/** A least-recently-used map with a fixed capacity; set() returns the value it stored. */
export class Lru {
  #map = new Map();
  constructor(capacity) { this.capacity = capacity; }
  get(key) {
    const value = this.#map.get(key);
    if (value !== undefined) { this.#map.delete(key); this.#map.set(key, value); }
    return value;
  }
  set(key, value) {
    if (this.#map.size >= this.capacity) this.#map.delete(this.#map.keys().next().value);
    this.#map.set(key, value);
    return value;
  }
}

/** Reads a request body into one string. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The GraphQL-over-HTTP media type when the client accepts it, JSON otherwise. */
export function responseType(req) {
  return (req.headers.accept ?? '').includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}
