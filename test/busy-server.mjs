// A server whose every request costs 1 ms of CPU, in its own thread (its own event loop),
// answering with the request's serial number: the client can tell how many requests were
// served ahead of its own. With `gate`, requests start through oneStartPerTurn, as in
// scripts/serve.mjs. Used by lib/contention/one-start-per-turn.test.ts.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { oneStartPerTurn } from '../lib/contention/one-start-per-turn.mjs';

const startInTurn = oneStartPerTurn();
let served = 0;
const server = http.createServer((request, response) => {
  const answer = () => {
    const until = performance.now() + 1;
    while (performance.now() < until);
    served += 1;
    response.end(String(served));
  };
  if (workerData.gate) startInTurn(answer);
  else answer();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort?.postMessage(server.address().port));
parentPort?.on('message', () => server.close(() => process.exit(0)));
