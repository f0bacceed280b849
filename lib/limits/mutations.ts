import { and, isNull, lt, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { rateCounters } from '@/db/schema';
import { rateLimit, type RateLimit } from './policy';

export type Hit = { count: number; windowStartedAt: Date };

/**
 * Counts one attempt under `key` in a fixed window: a single upsert on the primary
 * key, so it is cheap enough for the registration path and exact under parallel
 * requests (SQLite runs one writer at a time). Pass `tx` to count inside a transaction.
 */
export function countAttempt(key: string, rule: RateLimit, now: Date, tx: Tx | typeof db = db): Hit {
  const windowStart = now.getTime() - rule.windowSeconds * 1000;
  const stale = sql`${rateCounters.windowStartedAt} <= ${windowStart}`;
  const row = tx
    .insert(rateCounters)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`case when ${stale} then 1 else ${rateCounters.count} + 1 end`,
        windowStartedAt: sql`case when ${stale} then ${now.getTime()} else ${rateCounters.windowStartedAt} end`,
      },
    })
    .returning({ count: rateCounters.count, windowStartedAt: rateCounters.windowStartedAt })
    .get();
  return row;
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
export function receiptAllowed(tx: Tx, address: string, client: string | null, now: Date): boolean {
  const perAddress = rateLimit('receiptPerAddress');
  const perClient = rateLimit('receiptPerClient');
  const byAddress = countAttempt(`receiptPerAddress:${address.toLowerCase()}`, perAddress, now, tx);
  const byClient = countAttempt(`receiptPerClient:${client ?? 'unknown'}`, perClient, now, tx);
  return byAddress.count <= perAddress.limit && byClient.count <= perClient.limit;
}
