// @ts-check
/**
 * The messages between workers and the primary that hand out turns at the write lock
 * (lib/contention/write-turn.ts asks, scripts/serve.mjs answers). Plain JavaScript: the
 * primary runs before any TypeScript is loaded.
 *
 * @typedef {{ 'convene-write-turn': 'ask' | 'granted' | 'done', ask: number }} WriteTurnMessage
 */

export const WRITE_TURN = 'convene-write-turn';

/**
 * The primary's queue: one turn at a time across all workers, in the order they asked.
 * A worker that exits (crashed, or replaced) gives up its turn and its place in line.
 */
export class WriteTurnQueue {
  /** @type {{ worker: { id: number, send: (message: WriteTurnMessage) => unknown }, ask: number }[]} */
  #waiting = [];
  /** @type {{ worker: { id: number }, ask: number } | undefined} */
  #holder;

  /**
   * @param {{ id: number, send: (message: WriteTurnMessage) => unknown }} worker
   * @param {unknown} message
   * @returns {boolean} whether the message was about write turns
   */
  receive(worker, message) {
    if (typeof message !== 'object' || message === null || !(WRITE_TURN in message)) return false;
    const { [WRITE_TURN]: kind, ask } = /** @type {WriteTurnMessage} */ (message);
    if (kind === 'ask') {
      this.#waiting.push({ worker, ask });
      if (!this.#holder) this.#grantNext();
    } else if (kind === 'done' && this.#holder?.worker.id === worker.id && this.#holder.ask === ask) {
      this.#holder = undefined;
      this.#grantNext();
    }
    return true;
  }

  /** @param {{ id: number }} worker */
  forget(worker) {
    this.#waiting = this.#waiting.filter((entry) => entry.worker.id !== worker.id);
    if (this.#holder?.worker.id === worker.id) {
      this.#holder = undefined;
      this.#grantNext();
    }
  }

  #grantNext() {
    const next = this.#waiting.shift();
    if (!next) return;
    this.#holder = next;
    next.worker.send({ [WRITE_TURN]: 'granted', ask: next.ask });
  }
}
