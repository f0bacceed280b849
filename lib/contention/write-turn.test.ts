import { describe, expect, it } from 'vitest';
import { WRITE_TURN, WriteTurnQueue } from './write-turn-protocol.mjs';

/** A worker as the primary sees it: an id, and the messages sent to it. */
function worker(id: number) {
  const received: unknown[] = [];
  return { id, received, send: (message: unknown) => received.push(message) };
}
const ask = (n: number) => ({ [WRITE_TURN]: 'ask', ask: n });
const done = (n: number) => ({ [WRITE_TURN]: 'done', ask: n });
const granted = (n: number) => ({ [WRITE_TURN]: 'granted', ask: n });

describe('turns at the write lock across workers', () => {
  it('are handed out one at a time, in the order they were asked for', () => {
    const queue = new WriteTurnQueue();
    const [a, b] = [worker(1), worker(2)];
    queue.receive(a, ask(1));
    queue.receive(b, ask(1));
    queue.receive(a, ask(2));
    expect(a.received).toEqual([granted(1)]);
    expect(b.received).toEqual([]); // a holds the turn; b waits although it asked before a's second

    queue.receive(a, done(1));
    expect(b.received).toEqual([granted(1)]);
    expect(a.received).toEqual([granted(1)]);
    queue.receive(b, done(1));
    expect(a.received).toEqual([granted(1), granted(2)]);
  });

  it('ignore a "done" from anyone but the holder, and other messages', () => {
    const queue = new WriteTurnQueue();
    const [a, b] = [worker(1), worker(2)];
    queue.receive(a, ask(1));
    queue.receive(b, ask(7));
    expect(queue.receive(b, done(7))).toBe(true); // b does not hold the turn: nothing changes
    expect(b.received).toEqual([]);
    expect(queue.receive(a, { something: 'else' })).toBe(false);
    expect(queue.receive(a, null)).toBe(false);
  });

  it('pass on when the holder exits, and drop what the exited worker asked for', () => {
    const queue = new WriteTurnQueue();
    const [a, b, c] = [worker(1), worker(2), worker(3)];
    queue.receive(a, ask(1));
    queue.receive(b, ask(1));
    queue.receive(a, ask(2));
    queue.receive(c, ask(1));
    queue.forget(a); // crashed while holding the turn
    expect(b.received).toEqual([granted(1)]);
    queue.receive(b, done(1));
    expect(c.received).toEqual([granted(1)]); // a's second ask went with it
    expect(a.received).toEqual([granted(1)]);
  });
});
