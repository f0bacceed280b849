// @ts-check
/**
 * First come, first served inside one worker (docs/decisions/0022, "Fair under load").
 *
 * Node starts every request the moment it arrives. Under a surge, fifty requests are then
 * in progress at once, each a chain of small steps, and the event loop runs whichever step
 * is ready: a request that arrived later often finishes first, and some wait seconds behind
 * the ones that keep arriving (the bench's p50 of 40 ms beside a p99 of 1.6 s). This gate
 * lets a fixed number of requests run and queues the rest in arrival order, so each one's
 * wait is its place in the queue: the same mean (the worker does the same work), without
 * the tail.
 *
 * A request holds its place until its response is finished or its connection closes (at most
 * 30 s), so a slow upload holds one; the limit is high enough that a few do not stall the worker.
 */

/**
 * How many requests one worker runs at once: ADMISSION_LIMIT (a whole number from 1 to
 * 1,000, 0 for no gate), else 16 — enough to keep a worker busy while some wait on the
 * database or the network, few enough that they finish in the order they came.
 * @param {string | undefined} value
 * @returns {number}
 */
export function admissionLimit(value) {
  if (value === undefined || value.trim() === '') return 16;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0 || limit > 1000)
    throw new Error(`Invalid environment: ADMISSION_LIMIT: a whole number from 0 to 1000, not "${value}"`);
  return limit;
}

const OVERDUE_MS = 30_000;

/**
 * Wraps a request handler so that at most `limit` requests run at once, the others
 * waiting in arrival order. A request whose client goes away while it waits is dropped.
 * @param {number} limit
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void} handle
 */
export function firstComeFirstServed(limit, handle) {
  if (limit === 0) return handle;
  let running = 0;
  /** @type {(() => void)[]} */
  const waiting = [];

  const next = () => {
    running -= 1;
    while (running < limit && waiting.length > 0) waiting.shift()?.();
  };

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return (request, response) => {
    let started = false;
    const start = () => {
      if (response.destroyed || request.destroyed) return; // gone while waiting: nothing to run
      started = true;
      running += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(overdue);
        next();
      };
      // 'close' fires once, after the response is sent or when the connection drops. A request
      // still running after a while (a stuck upload) stops counting, so it cannot hold a place forever.
      response.once('close', release);
      const overdue = setTimeout(release, OVERDUE_MS);
      overdue.unref();
      handle(request, response);
    };
    if (running < limit) start();
    else {
      waiting.push(start);
      // A client that gives up while queued frees its place in the queue.
      response.once('close', () => {
        const place = waiting.indexOf(start);
        if (!started && place !== -1) waiting.splice(place, 1);
      });
    }
  };
}
