import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { admissionLimit, firstComeFirstServed } from '../../scripts/admission.mjs';
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

describe('first come, first served inside a worker', () => {
  it('runs at most the limit at once and starts the rest in arrival order', async () => {
    const started: number[] = [];
    const holding: http.ServerResponse[] = [];
    let running = 0;
    let most = 0;
    const server = http.createServer(
      firstComeFirstServed(2, (request, response) => {
        started.push(Number(request.url!.slice(1)));
        running += 1;
        most = Math.max(most, running);
        response.on('finish', () => (running -= 1));
        holding.push(response);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
    const answers: Promise<void>[] = [];
    for (let n = 1; n <= 6; n++) {
      answers.push(
        new Promise((resolve, reject) =>
          http
            .get({ port, host: '127.0.0.1', path: `/${n}`, agent }, (res) => res.resume().on('end', resolve))
            .on('error', reject),
        ),
      );
      // Arrival order is the order the server saw the requests: let each arrive before the next.
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    // Answer in the opposite order each time: the gate must still start waiting ones by arrival.
    while (started.length < 6 || holding.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      holding.pop()?.end('ok');
    }
    await Promise.all(answers);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
    agent.destroy();
    server.close();
  });

  it('reads its limit from ADMISSION_LIMIT: 16 by default, 0 for no gate, nonsense refused', () => {
    expect(admissionLimit(undefined)).toBe(16);
    expect(admissionLimit('')).toBe(16);
    expect(admissionLimit('0')).toBe(0);
    expect(admissionLimit('4')).toBe(4);
    expect(() => admissionLimit('-1')).toThrow(/ADMISSION_LIMIT/);
    expect(() => admissionLimit('many')).toThrow(/ADMISSION_LIMIT/);
  });
});
