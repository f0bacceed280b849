import { db } from '@/db';

const BUSY_TIMEOUT_MS = 5000; // as db/index.ts sets it

const isBusy = (error: unknown) =>
  error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_BUSY';

/**
 * Runs a synchronous write that starts by taking SQLite's write lock (an IMMEDIATE
 * transaction, or one statement), waiting for the lock without blocking this process.
 *
 * With several workers on one file (docs/decisions/0022), a worker whose write finds the
 * lock held by another would wait inside SQLite's busy handler, which sleeps the whole
 * event loop in steps of up to 100 ms: every request of that worker stalls behind one
 * registration of another. Here the write is tried with no busy wait; if the lock is
 * taken, nothing was written (SQLITE_BUSY comes at BEGIN), so this yields and tries again.
 * After the usual five seconds it falls back to SQLite's blocking wait.
 */
export async function withoutBlocking<T>(write: () => T): Promise<T> {
  const client = db.$client;
  const started = Date.now();
  for (let attempt = 0; Date.now() - started < BUSY_TIMEOUT_MS; attempt++) {
    client.pragma('busy_timeout = 0');
    try {
      return write();
    } catch (error) {
      if (!isBusy(error)) throw error;
    } finally {
      client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    // The other worker's seat decision takes a few milliseconds; look again soon, a little
    // later each time, with jitter so two waiters do not retry in step.
    await new Promise((resolve) => setTimeout(resolve, Math.min(20, 1 + attempt) * (0.5 + Math.random())));
  }
  return write();
}
