import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';

/**
 * One row per sweep slot (a minute by default) of the time-driven work: releases, expiries,
 * rate-counter pruning, outbox retries. Every worker process ticks; the one whose insert
 * lands first, in an IMMEDIATE transaction, runs the slot's sweep, so across all workers
 * and machines on the file it runs once (lib/background/, docs/decisions/0022).
 * `runs` counts the sweeps actually run for the slot: always 1, which the tests check.
 */
export const backgroundSweeps = sqliteTable('background_sweeps', {
  slot: integer('slot').primaryKey(),
  claimedBy: text('claimed_by').notNull(),
  claimedAt: timestamp('claimed_at').notNull(),
  runs: integer('runs').notNull().default(0),
});

export type BackgroundSweep = typeof backgroundSweeps.$inferSelect;
