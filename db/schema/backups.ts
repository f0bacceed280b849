import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';

/**
 * Every backup taken, by the schedule or by `npm run backup`. A scheduled one is
 * claimed by inserting its row in an IMMEDIATE transaction, so among several app
 * processes on one file exactly one takes it (lib/backup/mutations.ts).
 * `ok` is null while it runs; a row left null by a killed process stays so.
 */
export const backups = sqliteTable(
  'backups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trigger: text('trigger', { enum: ['schedule', 'command'] }).notNull(),
    startedAt: timestamp('started_at').notNull(),
    finishedAt: timestamp('finished_at'),
    // The backup folder, as an absolute path on the machine that took it.
    location: text('location').notNull(),
    ok: integer('ok', { mode: 'boolean' }),
    bytes: integer('bytes'),
    error: text('error'),
  },
  (t) => [index('backups_ok_finished_idx').on(t.ok, t.finishedAt)],
);

export type Backup = typeof backups.$inferSelect;
