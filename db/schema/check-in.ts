import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { belongsTo, inList, timestamp } from './columns';
import { meetings } from './meetings';
import { registrations } from './registrations';
import { users } from './users';

export const checkInOutcomes = ['checkedIn', 'earlier', 'already', 'conflict', 'refused'] as const;
export type CheckInOutcome = (typeof checkInOutcomes)[number];

/**
 * Every check-in a door station queued and synced, as it arrived (decision 0024). The
 * station's own event id is unique per meeting, so a queue sent twice changes nothing the
 * second time; the outcome is kept so the replay gets the same answer.
 */
export const checkInEvents = sqliteTable(
  'check_in_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    clientEventId: text('client_event_id').notNull(),
    stationId: text('station_id').notNull(),
    // As the station typed or scanned it: kept for unknown codes, which have no registration.
    ticketCode: text('ticket_code').notNull(),
    registrationId: integer('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    // The time on the device when the person walked in; the server's own time is receivedAt.
    checkedInAt: timestamp('checked_in_at').notNull(),
    receivedAt: timestamp('received_at').notNull(),
    outcome: text('outcome', { enum: checkInOutcomes }).notNull(),
    reason: text('reason'),
    syncedById: integer('synced_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('check_in_events_meeting_client_event').on(t.meetingId, t.clientEventId),
    index('check_in_events_registration_idx').on(t.registrationId),
    check('check_in_events_outcome_check', sql`${t.outcome} in (${inList(checkInOutcomes)})`),
  ],
);

export type CheckInEvent = typeof checkInEvents.$inferSelect;
