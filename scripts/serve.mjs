#!/usr/bin/env node
// The production server: Next's request handler behind a plain Node HTTP server, so
// that every request carries the address of the socket it arrived on (x-convene-peer,
// lib/request/client-address.ts). `next start` cannot: Next fills X-Forwarded-For only
// when the client left it out, so anyone could name any address.
//
// One worker process per core (WEB_CONCURRENCY to choose), all on one port through
// node:cluster and all on the one database file (docs/decisions/0022).
import cluster from 'node:cluster';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneStartPerTurn } from '../lib/contention/one-start-per-turn.mjs';
import plainAddress from '../lib/i18n/plain-address.cjs';
import { WriteTurnQueue } from '../lib/contention/write-turn-protocol.mjs';
import { bodyOfUnknownLength, readBodyUpTo, requestWithBody } from '../lib/security/body-limit.mjs';
import { newNonce, secureResponse } from '../lib/security/headers.mjs';
import { workerCount } from './workers.mjs';

process.env.NODE_ENV = 'production';
const workers = workerCount(process.env.WEB_CONCURRENCY, os.availableParallelism());

if (cluster.isPrimary && workers > 1) await superviseWorkers(workers);
else await serve();

/**
 * The primary serves nothing itself. The first worker starts alone: it migrates the
 * database and loads the demo (instrumentation.ts) and creates the session secret, so
 * the others start on a finished file and read the same secret. A worker that dies is
 * replaced; SIGINT/SIGTERM stop them all.
 */
/** @param {number} count */
async function superviseWorkers(count) {
  let stopping = false;
  /** @type {number[]} */
  let recentExits = [];
  const first = cluster.fork();
  const ready = await new Promise((resolve) => {
    first.once('listening', () => resolve(true));
    first.once('exit', () => resolve(false));
  });
  if (!ready) {
    console.error('Convene: the first worker did not start; see above.');
    process.exit(1);
  }
  for (let i = 1; i < count; i++) cluster.fork();
  console.log(`Convene: ${count} workers`);
  // Turns at the database's write lock, in the order workers ask (lib/contention/write-turn.ts).
  const writeTurns = new WriteTurnQueue();
  cluster.on('message', (worker, message) => writeTurns.receive(worker, message));
  cluster.on('exit', (worker, code, signal) => {
    writeTurns.forget(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that keeps dying (a port taken, a broken file) stops the server instead of looping.
    const now = Date.now();
    recentExits = [...recentExits.filter((at) => now - at < 60_000), now];
    if (recentExits.length > 2 * count) {
      console.error('Convene: workers keep exiting; stopping.');
      process.exit(1);
    }
    console.error(`Convene: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {});
      if (alive.length === 0) process.exit(0);
      for (const worker of alive) worker?.process.kill('SIGTERM');
    });
  }
}

async function serve() {
  const { default: next } = await import('next');

  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(process.env.PORT || 3000);
  const app = next({ dev: false, dir: root, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Pages are rendered with this nonce and sent with a fresh one per response
  // (lib/security/headers.mjs). One per process: each worker renders into its own page
  // cache (in memory, lib/cache/handler.cjs) with its own nonce and swaps only that one.
  const renderNonce = newNonce();
  // Same rule as lib/env.ts: an https APP_URL means browsers reach us over https (behind a proxy).
  const https = /^https:/i.test(process.env.APP_URL ?? '');
  // A form post over Next's server-action limit would end in a 500 after Next refused it: answer
  // 413 first. (proxy.ts did this; most posts no longer pass through it, docs/decisions/0022.)
  // A chunked post announces no size: it is counted as it arrives (lib/security/body-limit.mjs).
  const bodyLimit = actionBodyLimitBytes();
  const tooLarge = (/** @type {http.ServerResponse} */ response) => {
    response.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Payload Too Large');
  };

  // New connections get a turn as often as waiting requests (lib/contention/one-start-per-turn.mjs).
  const startInTurn = oneStartPerTurn();

  const server = http.createServer((request, response) => {
    // A server action posted to a plain address is the Chinese page's: answered at that address
    // here, as next.config.js's rewrite would, without the router's per-request rewrite handling.
    const chinese = plainAddress.chineseActionAddress(request);
    if (chinese) request.url = chinese;
    request.headers['x-convene-peer'] = request.socket.remoteAddress ?? '';
    // Whether a proxy (or the client) sent forwarding headers, before Next adds its own (lib/request/client-address.ts).
    request.headers['x-convene-forwarded'] = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
      (name) => name in request.headers,
    )
      ? '1'
      : '0';
    secureResponse(request, response, { renderNonce, https });
    // Which worker answered (1, 2, …): for whoever reads logs behind a proxy, and the multi-worker test.
    if (cluster.isWorker) response.setHeader('X-Convene-Worker', String(cluster.worker?.id ?? ''));
    if (request.method === 'POST' && bodyOfUnknownLength(request)) {
      readBodyUpTo(request, bodyLimit).then(
        (body) => (body ? startInTurn(() => handle(requestWithBody(request, body), response)) : tooLarge(response)),
        () => response.destroy(),
      );
      return;
    }
    if (request.method === 'POST' && Number(request.headers['content-length'] ?? 0) > bodyLimit) {
      tooLarge(response);
      // Read the rest of the body and drop it: closing the connection now would cut the
      // client off mid-upload (EPIPE) before it could read this answer.
      request.resume();
      return;
    }
    startInTurn(() => handle(request, response));
  });
  // As `next start` does: keep idle connections a little longer than common proxies do.
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Convene: listening on port ${port}`);
  });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

/** next.config.js's server-action body limit ("6mb"), which lib/uploads.test.ts keeps equal to lib/uploads.ts's. */
function actionBodyLimitBytes() {
  const require = createRequire(import.meta.url);
  const limit = String(require('../next.config.js').experimental?.serverActions?.bodySizeLimit ?? '1mb');
  const mb = /^(\d+)mb$/i.exec(limit);
  if (!mb) throw new Error(`serve.mjs: cannot read the server-action body limit "${limit}"`);
  return Number(mb[1]) * 1024 * 1024;
}
