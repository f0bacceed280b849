import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, inList } from './columns';
import { locales } from './enums';
import { meetings } from './meetings';
import { users } from './users';

/**
 * A meeting's news report, one row per saved version (insert-only): the drafts the
 * record produced and every edit after them, in Markdown-lite (lib/reports/markup.ts).
 */
export const meetingReports = sqliteTable(
  'meeting_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    // The report's language, which the organizer picks; versions count per language.
    locale: text('locale', { enum: locales }).notNull(),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    // Whether the record produced it ("draft") or an organizer typed it ("edit").
    source: text('source', { enum: ['draft', 'edit'] }).notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('meeting_reports_meeting_locale_version_unique').on(t.meetingId, t.locale, t.version),
    check('meeting_reports_locale_check', sql`${t.locale} in (${inList(locales)})`),
    check('meeting_reports_source_check', sql`${t.source} in ('draft', 'edit')`),
  ],
);

export type MeetingReport = typeof meetingReports.$inferSelect;
