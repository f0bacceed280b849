#!/usr/bin/env node
// The production server: Next's request handler behind a plain Node HTTP server, so
// that every request carries the address of the socket it arrived on (x-convene-peer,
// lib/request/client-address.ts). `next start` cannot: Next fills X-Forwarded-For only
// when the client left it out, so anyone could name any address.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newNonce, secureResponse } from '../lib/security/headers.mjs';

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

// Pages are rendered with this nonce and sent with a fresh one per response (lib/security/headers.mjs).
const renderNonce = newNonce();
// Same rule as lib/env.ts: an https APP_URL means browsers reach us over https (behind a proxy).
const https = /^https:/i.test(process.env.APP_URL ?? '');

const server = http.createServer((request, response) => {
  request.headers['x-convene-peer'] = request.socket.remoteAddress ?? '';
  // Whether a proxy (or the client) sent forwarding headers, before Next adds its own (lib/request/client-address.ts).
  request.headers['x-convene-forwarded'] = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((name) => name in request.headers) ? '1' : '0';
  secureResponse(request, response, { renderNonce, https });
  handle(request, response);
});
// As `next start` does: keep idle connections a little longer than common proxies do.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`Convene: listening on port ${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
