import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList, timestamp, updatedAt } from './columns';
import { recordManagers } from './record-managers';
import { agendaItemKinds, meetingStatuses } from './enums';
import { users } from './users';

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // The public address (/meetings/<slug>); fixed once the meeting has been published.
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    // Optional name for English visitors (decision 0020); the title is the original.
    titleEn: text('title_en'),
    theme: text('theme'),
    themeEn: text('theme_en'),
    description: text('description'),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    // IANA name; start and end are instants (UTC), shown in this zone.
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    startsAt: timestamp('starts_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
    capacity: integer('capacity'),
    status: text('status', { enum: meetingStatuses }).notNull().default('draft'),
    // Set on first publication: a cancelled meeting that people could already see stays visible.
    publishedAt: timestamp('published_at'),
    // Bumped by every agenda change, so a reorder made on a stale page is refused instead of scrambling the order.
    agendaVersion: integer('agenda_version').notNull().default(0),
    // Run of show on the day: the item on stage now and when the run ended.
    currentItemId: integer('current_item_id'),
    liveEndedAt: timestamp('live_ended_at'),
    // Bumped by every control action; the venue display only redraws when it changes.
    liveVersion: integer('live_version').notNull().default(0),
    // The meeting this one was prepared from ("next year's edition", decision 0027). Unique:
    // a meeting has at most one next edition, so a second prepare fails inside its transaction.
    previousEditionId: integer('previous_edition_id')
      .unique()
      .references((): AnySQLiteColumn => meetings.id, { onDelete: 'set null' }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_starts_at_idx').on(t.startsAt),
    check('meetings_status_check', sql`${t.status} in (${inList(meetingStatuses)})`),
    check('meetings_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;

/** Who may edit a meeting: roles are data, per meeting, besides the site-wide admin. */
export const meetingOrganizers = recordManagers('meeting_organizers', 'meetingId', 'meeting_id', () => meetings.id);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    // 1..n without gaps; the unique index keeps two writers from producing the same place twice.
    position: integer('position').notNull(),
    kind: text('kind', { enum: agendaItemKinds }).notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    plannedMinutes: integer('planned_minutes').notNull(),
    presenters: text('presenters'),
    description: text('description'),
    // For the crew only: never rendered on a public page, the display or the program.
    crewNotes: text('crew_notes'),
    // Checked by the pledges feature on every write (no foreign key: see docs/decisions/0010).
    // The awards a ceremony item presents are in ceremony_awards (db/schema/awards.ts).
    pledgeCampaignId: integer('pledge_campaign_id'),
    // What actually happened on the day.
    startedAt: timestamp('started_at'),
    endedAt: timestamp('ended_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('agenda_items_meeting_position_unique').on(t.meetingId, t.position),
    check('agenda_items_kind_check', sql`${t.kind} in (${inList(agendaItemKinds)})`),
    check('agenda_items_minutes_range', sql`${t.plannedMinutes} between 1 and 600`),
    check('agenda_items_position_positive', sql`${t.position} > 0`),
  ],
);

export type AgendaItem = typeof agendaItems.$inferSelect;
export type NewAgendaItem = typeof agendaItems.$inferInsert;
