// One HTTP/1.1 request on a raw socket, sent the way wrk sends it (keep-alive, same headers), returning the exact
// number of bytes on the wire: the gate's expected "bytes per response" for each server and query.
import { connect } from 'node:net';

export const ACCEPT = 'application/graphql-response+json, application/json';

export function rawPost(port, body, path = '/graphql') {
  const payload = Buffer.from(body);
  const head = `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`
    + `Accept: ${ACCEPT}\r\nContent-Length: ${payload.length}\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => finish(new Error('timed out')), 10_000);
    const finish = (error, value) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error); else resolve(value);
    };
    socket.on('error', (error) => finish(error));
    socket.on('connect', () => socket.write(Buffer.concat([Buffer.from(head), payload])));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const response = tryParse(received);
      if (response) finish(null, response);
    });
    socket.on('end', () => finish(new Error('connection closed before a full response')));
  });
}

/** Returns the parsed response once `buffer` holds a complete one, otherwise undefined. */
function tryParse(buffer) {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(lines[0].split(' ')[1]);
  const headers = Object.fromEntries(lines.slice(1).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
  }));
  const rest = buffer.subarray(end + 4);
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (rest.length < length) return undefined;
    return { status, headers, body: rest.subarray(0, length).toString('utf8'), wireBytes: end + 4 + length };
  }
  if ((headers['transfer-encoding'] ?? '').includes('chunked')) {
    const chunks = [];
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(rest.subarray(at, lineEnd).toString('latin1'), 16);
      if (rest.length < lineEnd + 2 + size + 2) return undefined;
      if (size === 0) {
        return { status, headers, body: Buffer.concat(chunks).toString('utf8'), wireBytes: end + 4 + lineEnd + 4 };
      }
      chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  return { status, headers, body: '', wireBytes: end + 4 };
}
