// Starts waiting requests one per turn of the event loop, in arrival order.
//
// Why: libuv (1.45 and later, libuv/libuv#3696) accepts one new connection per turn of
// the event loop, and a turn runs every request that is ready on the connections it
// already has. Under a surge of kept-alive connections (a load generator, a reverse
// proxy's upstream pool) a turn is 50 requests long, so a connection that arrives then
// waits one whole turn per connection ahead of it in the kernel's queue: the first
// request on a new connection waited up to 2–3 s while the kept-alive ones were served
// in ~60 ms, the whole of the one-worker tail in docs/decisions/0022. Starting one
// request per turn keeps a turn short, so the listening socket gets its turn as often
// as each waiting request, and everyone waits in one first-come queue.
//
// A request that arrives while nothing waits starts in the same turn (setImmediate runs
// after the poll phase that read it), so an idle server answers as before.

/**
 * @returns {(start: () => void) => void} queue a start; starts run one per turn, in order.
 */
export function oneStartPerTurn() {
  /** @type {(() => void)[]} */
  const waiting = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    const start = waiting.shift();
    if (waiting.length > 0) schedule();
    start?.();
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(next);
  };
  return (start) => {
    waiting.push(start);
    if (!scheduled) schedule();
  };
}
