import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';

/**
 * Counters behind rate limits and sign-in throttling, one row per key (e.g.
 * "registration:client:203.0.113.7" or "sign-in:pair:<email>|<address>"). In the
 * database, not in memory, so a limit holds across restarts and app processes.
 */
export const rateCounters = sqliteTable(
  'rate_counters',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    windowStartedAt: timestamp('window_started_at').notNull(),
    lockedUntil: timestamp('locked_until'),
  },
  (t) => [index('rate_counters_window_idx').on(t.windowStartedAt)],
);

export type RateCounter = typeof rateCounters.$inferSelect;
