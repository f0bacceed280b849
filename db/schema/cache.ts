import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * When each cache tag (a page path, for revalidatePath) was last invalidated.
 * Cached pages live in each app process's memory; this table is how a change
 * made through one process reaches the others (lib/cache/handler.cjs).
 */
export const cacheRevalidations = sqliteTable('cache_revalidations', {
  tag: text('tag').primaryKey(),
  revalidatedAt: integer('revalidated_at').notNull(),
});
