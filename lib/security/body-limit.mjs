// The server-action body limit for requests whose size is not announced (scripts/serve.mjs).
// A POST with Content-Length is judged by its header before anything is read. One sent with
// Transfer-Encoding: chunked has none: browsers never send one (forms and fetch with FormData,
// Blob or text always carry a length; Chrome streams a request body only over HTTP/2, which
// serve.mjs does not speak), but a script or a proxy that streams can. Next would read such a
// body past its limit and end in a 500, so it is read here first, counting, and either refused
// or handed on as an ordinary request with its length.
import http from 'node:http';

/**
 * Reads the body up to `limit` bytes. Resolves the body, or null as soon as it goes over; the
 * rest is then read and dropped, so the client can finish sending and read the answer.
 * @param {http.IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
export function readBodyUpTo(request, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    let chunks = [];
    let size = 0;
    let over = false;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks = [];
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    request.on('error', reject);
  });
}

/**
 * The same request with its body already read: a new IncomingMessage on the same socket, the
 * body as its content and a Content-Length in place of Transfer-Encoding, for Next's handler.
 * @param {http.IncomingMessage} request
 * @param {Buffer} body
 */
export function requestWithBody(request, body) {
  const replay = new http.IncomingMessage(request.socket);
  replay.method = request.method;
  replay.url = request.url;
  replay.httpVersion = request.httpVersion;
  replay.httpVersionMajor = request.httpVersionMajor;
  replay.httpVersionMinor = request.httpVersionMinor;
  /** @type {http.IncomingHttpHeaders} */
  const headers = { ...request.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  replay.headers = headers;
  replay.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    [value ?? []].flat().flatMap((one) => [name, String(one)]),
  );
  replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}

/**
 * Whether a request's body is of unknown length: chunked, which takes precedence over any
 * Content-Length sent beside it (RFC 9112, 6.3).
 * @param {http.IncomingMessage} request
 */
export const bodyOfUnknownLength = (request) => request.headers['transfer-encoding'] !== undefined;
