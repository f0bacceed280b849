import cluster from 'node:cluster';
import { WRITE_TURN, type WriteTurnMessage } from './write-turn-protocol.mjs';

/**
 * Turns at the write lock, handed out by the primary process in the order workers asked
 * (scripts/serve.mjs keeps the queue; docs/decisions/0022, "Fair under load").
 *
 * Without them, a worker that finds the lock taken can only look again after a timer
 * (SQLite's own busy handler does the same, asleep): meanwhile the other worker's newer
 * requests take the free lock first, so some registrations wait behind many later ones.
 *
 * A worker asks for one turn at a time for its waiting writes. When the turn comes it runs
 * up to four of them, in the order they came, back to back, then gives the turn back: the
 * lock does not stand idle between those writes while a grant travels between processes,
 * and the rest wait for the next turn, after the other worker's. `npm run bench -- surge`
 * on 2 workers (500 registrations, 50 at a time), one write per turn: 259–286 req/s, p99
 * 287–307 ms; 2: 316, 311 ms; 4: 355, 329 ms; 8: 370, 382 ms; all waiting: 355–403,
 * 357–558 ms; no turns (before): 350–357, 1,036–1,059 ms. Four keeps the rate of no turns
 * and cuts the tail by two thirds.
 *
 * Outside a cluster (one process: `WEB_CONCURRENCY=1`, tests, `next dev`) writes are
 * synchronous and already one at a time, so a write runs at once.
 */

const WRITES_PER_TURN = 4;

type Waiting = { write: () => unknown; settle: (outcome: { value?: unknown; error?: unknown }) => void };
type TurnState = { waiting: Waiting[]; asking: boolean; lastAsk: number; listening: boolean };

// One queue per process, however many copies of this module the server's bundles load (as
// db/index.ts keeps one connection): two copies answering the same grant would both write.
const shared = globalThis as unknown as { conveneWriteTurns?: TurnState };
const state = (shared.conveneWriteTurns ??= { waiting: [], asking: false, lastAsk: 0, listening: false });

function askForTurn() {
  state.asking = true;
  state.lastAsk += 1;
  process.send!({ [WRITE_TURN]: 'ask', ask: state.lastAsk } satisfies WriteTurnMessage);
}

async function takeTurn(ask: number) {
  const batch = state.waiting.slice(0, WRITES_PER_TURN);
  state.waiting = state.waiting.slice(WRITES_PER_TURN);
  for (const entry of batch) {
    try {
      entry.settle({ value: await entry.write() });
    } catch (error) {
      entry.settle({ error });
    }
  }
  process.send!({ [WRITE_TURN]: 'done', ask } satisfies WriteTurnMessage);
  state.asking = false;
  if (state.waiting.length > 0) askForTurn();
}

function listen() {
  if (state.listening) return;
  state.listening = true;
  process.on('message', (message: WriteTurnMessage) => {
    if (message?.[WRITE_TURN] === 'granted' && message.ask === state.lastAsk) void takeTurn(message.ask);
  });
}

const sharedWithOtherWorkers = () => cluster.isWorker && typeof process.send === 'function';

/** Runs `write` (one or more transactions, each synchronous) in this worker's turn at the write lock. */
export async function inWriteTurn<T>(write: () => T | Promise<T>): Promise<T> {
  if (!sharedWithOtherWorkers()) return write();
  listen();
  const outcome = await new Promise<{ value?: unknown; error?: unknown }>((settle) => {
    state.waiting.push({ write, settle });
    if (!state.asking) askForTurn();
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.value as T;
}
