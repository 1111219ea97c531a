// Subscribes over WebSocket the way partner apps do, with the graphql-ws client (graphql-transport-ws protocol) and
// with a bare `ws` socket, and prints what each saw as one JSON line:
//   {"graphqlWs": {"code", "reason", "message"}, "ws": {"protocol", "code", "reason"}}
// Usage: node subscribe-ws.mjs ws://127.0.0.1:PORT/graphql
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2];
if (!url) {
  console.error('usage: node subscribe-ws.mjs <ws url>');
  process.exit(2);
}

const deadline = setTimeout(() => {
  console.error('subscribe-ws: no answer within 15 s');
  process.exit(1);
}, 15_000);

// What an application sees: graphql-ws hands the socket's close event (or an Error) to the sink's error callback.
function viaGraphqlWs() {
  return new Promise((resolve) => {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: true });
    client.subscribe(
      { query: 'subscription { projectAdded { id } }' },
      {
        next: (value) => resolve({ unexpected: 'next', value }),
        complete: () => resolve({ unexpected: 'complete' }),
        error: (error) => {
          client.dispose();
          resolve({
            code: error?.code ?? null,
            reason: error?.reason ?? null,
            message: error instanceof Error ? error.message : String(error?.reason ?? error),
          });
        },
      },
    );
  });
}

function viaWs() {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let protocol = null;
    socket.on('open', () => {
      protocol = socket.protocol;
      socket.send(JSON.stringify({ type: 'connection_init' }));
    });
    socket.on('unexpected-response', (_request, response) =>
      resolve({ protocol, unexpectedResponse: response.statusCode }));
    socket.on('error', (error) => resolve({ protocol, error: error.message }));
    socket.on('close', (code, reason) => resolve({ protocol, code, reason: reason.toString('utf8') }));
  });
}

const result = { graphqlWs: await viaGraphqlWs(), ws: await viaWs() };
clearTimeout(deadline);
console.log(JSON.stringify(result));
