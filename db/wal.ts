import type Database from 'better-sqlite3';

/**
 * After a secret ballot: fold the WAL into the database file and cut it to zero bytes,
 * so no older version of a ballot page stays behind to show which slot changed in which
 * commit (docs/decisions/0011-secret-ballot-slots.md).
 *
 * The truncation needs every reader of the file (another app process, a backup in
 * progress) to have moved past the newest commit. It waits up to WAIT_MS, not the
 * connection's 5 s busy timeout, since it runs on the request path and blocks the
 * process. When it cannot finish, the WAL still holds that history: it retries in the
 * background (and on every later secret ballot) until it succeeds, and says so once.
 */
const WAIT_MS = 200;
const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

type Pending = { timer: NodeJS.Timeout | null; attempt: number };
const pending = new WeakMap<Database.Database, Pending>();

/** True when the WAL is now empty. */
export function truncateWal(sqlite: Database.Database): boolean {
  const before = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma(`busy_timeout = ${WAIT_MS}`);
  try {
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    return result?.busy === 0;
  } catch {
    return false; // the file is locked for longer than WAIT_MS; try again later
  } finally {
    sqlite.pragma(`busy_timeout = ${before}`);
  }
}

/** Truncates now, or keeps retrying in the background until a truncation succeeds. */
export function forgetWalHistory(sqlite: Database.Database): boolean {
  if (!sqlite.open) return false;
  const state = pending.get(sqlite);
  if (state?.timer) clearTimeout(state.timer);
  if (truncateWal(sqlite)) {
    if (state)
      console.warn(`Convene: WAL truncated after ${state.attempt} retries; it no longer holds secret-ballot history.`);
    pending.delete(sqlite);
    return true;
  }
  const next: Pending = { timer: null, attempt: (state?.attempt ?? 0) + 1 };
  if (!state)
    console.warn(
      'Convene: a reader holds the database open, so the WAL still holds the last secret ballot’s commit; retrying until it can be truncated.',
    );
  next.timer = setTimeout(() => forgetWalHistory(sqlite), RETRY_MS[Math.min(next.attempt - 1, RETRY_MS.length - 1)]);
  // A pending retry does not keep a script or test process alive.
  next.timer.unref();
  pending.set(sqlite, next);
  return false;
}
