import cluster from 'node:cluster';
import { WRITE_TURN, type WriteTurnMessage } from './write-turn-protocol.mjs';

/**
 * A turn at the write lock, handed out by the primary process in the order workers asked
 * (scripts/serve.mjs keeps the queue; docs/decisions/0022, "Fair under load").
 *
 * Without it, a worker that finds the lock taken can only look again after a timer
 * (SQLite's own busy handler does the same, asleep): meanwhile the lock is free and the
 * other worker's newer requests take it first, so some registrations wait behind many
 * later ones, and the lock stands idle between the two. With a turn, the primary gives
 * the lock to the next in line the moment the last one is done.
 *
 * Outside a cluster (one process: `WEB_CONCURRENCY=1`, tests, `next dev`) writes are
 * synchronous and already one at a time, so the turn is immediate.
 */

const granted = new Map<number, () => void>();
let lastAsk = 0;
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  process.on('message', (message: WriteTurnMessage) => {
    if (message?.[WRITE_TURN] !== 'granted') return;
    granted.get(message.ask)?.();
    granted.delete(message.ask);
  });
}

const sharedWithOtherWorkers = () => cluster.isWorker && typeof process.send === 'function';

/** Runs `write` (synchronous, one transaction) in this worker's turn at the write lock. */
export async function inWriteTurn<T>(write: () => T | Promise<T>): Promise<T> {
  if (!sharedWithOtherWorkers()) return write();
  listen();
  const ask = ++lastAsk;
  await new Promise<void>((resolve) => {
    granted.set(ask, resolve);
    process.send!({ [WRITE_TURN]: 'ask', ask } satisfies WriteTurnMessage);
  });
  try {
    return await write();
  } finally {
    process.send!({ [WRITE_TURN]: 'done', ask } satisfies WriteTurnMessage);
  }
}
