import { and, isNull, lt, or } from 'drizzle-orm';
import { db } from '@/db';
import { prepared } from '@/db/prepared';
import { rateCounters } from '@/db/schema';
import { rateLimit, type RateLimit } from './policy';

export type Hit = { count: number; windowStartedAt: Date };

/**
 * Counts one attempt under `key` in a fixed window: a single upsert on the primary
 * key, so it is cheap enough for the registration path and exact under parallel
 * requests (SQLite runs one writer at a time). Compiled once (db/prepared.ts): it runs
 * before every registration. On the one connection, so inside the caller's transaction
 * when there is one.
 */
export function countAttempt(key: string, rule: RateLimit, now: Date): Hit {
  const windowStart = now.getTime() - rule.windowSeconds * 1000;
  // In an upsert's SET, a bare column is the stored row's value: a window that ended starts again at 1.
  const row = prepared(
    `insert into rate_counters (key, count, window_started_at) values (?, 1, ?)
     on conflict (key) do update set
       count = case when window_started_at <= ? then 1 else count + 1 end,
       window_started_at = case when window_started_at <= ? then ? else window_started_at end
     returning count, window_started_at as windowStartedAt`,
  ).get(key, now.getTime(), windowStart, windowStart, now.getTime()) as { count: number; windowStartedAt: number };
  return { count: row.count, windowStartedAt: new Date(row.windowStartedAt) };
}

/** Forgets counters whose window ended long ago; run by the one-minute sweep. */
export function pruneRateCounters(now: Date, olderThanMs = 24 * 60 * 60_000): number {
  const cutoff = new Date(now.getTime() - olderThanMs);
  return db
    .delete(rateCounters)
    .where(
      and(
        lt(rateCounters.windowStartedAt, cutoff),
        or(isNull(rateCounters.lockedUntil), lt(rateCounters.lockedUntil, now)),
      ),
    )
    .run().changes;
}

/**
 * May one more email go to `address` on behalf of `client`? Counts it against both
 * limits inside the caller's transaction (so a refused change counts nothing).
 */
export function receiptAllowed(address: string, client: string | null, now: Date): boolean {
  const perAddress = rateLimit('receiptPerAddress');
  const perClient = rateLimit('receiptPerClient');
  const byAddress = countAttempt(`receiptPerAddress:${address.toLowerCase()}`, perAddress, now);
  const byClient = countAttempt(`receiptPerClient:${client ?? 'unknown'}`, perClient, now);
  return byAddress.count <= perAddress.limit && byClient.count <= perClient.limit;
}
