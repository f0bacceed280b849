import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList } from './columns';
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
    meetingId: belongsTo('meeting_id', () => meetings.id),
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

/**
 * A photo uploaded into a meeting's report. The body places it with a line
 * `![caption](photo:<id>)` (lib/reports/markup.ts), so where it sits and its caption are
 * saved with each version; the row holds the file. Only this meeting's photos render.
 */
export const reportPhotos = sqliteTable(
  'report_photos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    // Relative to the data directory, under uploads/reports/.
    path: text('path').notNull(),
    // JPEG or PNG only: the two a Word file embeds everywhere.
    type: text('type', { enum: ['jpg', 'png'] }).notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    uploadedById: integer('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [check('report_photos_type_check', sql`${t.type} in ('jpg', 'png')`)],
);

export type ReportPhoto = typeof reportPhotos.$inferSelect;
