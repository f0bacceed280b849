import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList, timestamp } from './columns';
import { seatingBlockKinds } from './enums';
import { meetings } from './meetings';
import { registrations } from './registrations';
import { users } from './users';

/**
 * One named part of a meeting's hall (主席台, 前区, 后区 …). Its place in the plan,
 * `position`, is also its place from the front: automatic seating fills block 1 first.
 * `rows` counts rows or tables; `seats` counts seats in each row or at each table.
 */
export const seatingBlocks = sqliteTable(
  'seating_blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    name: text('name').notNull(),
    // Optional name for English readers (decision 0020).
    nameEn: text('name_en'),
    kind: text('kind', { enum: seatingBlockKinds }).notNull(),
    rows: integer('rows').notNull(),
    seats: integer('seats').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('seating_blocks_meeting_name_unique').on(t.meetingId, t.name),
    uniqueIndex('seating_blocks_meeting_position_unique').on(t.meetingId, t.position),
    check('seating_blocks_kind_check', sql`${t.kind} in (${inList(seatingBlockKinds)})`),
    check('seating_blocks_rows_range', sql`${t.rows} between 1 and 200`),
    check('seating_blocks_seats_range', sql`${t.seats} between 1 and 200`),
  ],
);

/** A seat kept out of automatic seating (for a guest decided on the day, a camera, an aisle). */
export const seatReservations = sqliteTable(
  'seat_reservations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    blockId: belongsTo('block_id', () => seatingBlocks.id),
    row: integer('row').notNull(),
    seat: integer('seat').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('seat_reservations_seat_unique').on(t.blockId, t.row, t.seat)],
);

/**
 * Who sits where. The two unique indexes are the rules themselves: one person per
 * seat, one seat per registration; whichever of two organizers writes second is refused.
 * A block with people seated in it cannot be deleted (restrict): the plan editor says
 * how many first (docs/decisions/0025).
 */
export const seatAssignments = sqliteTable(
  'seat_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    registrationId: belongsTo('registration_id', () => registrations.id),
    blockId: integer('block_id')
      .notNull()
      .references(() => seatingBlocks.id, { onDelete: 'restrict' }),
    row: integer('row').notNull(),
    seat: integer('seat').notNull(),
    assignedById: integer('assigned_by_id').references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp('assigned_at')
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex('seat_assignments_registration_unique').on(t.registrationId),
    uniqueIndex('seat_assignments_seat_unique').on(t.meetingId, t.blockId, t.row, t.seat),
    index('seat_assignments_block_idx').on(t.blockId),
    check('seat_assignments_row_positive', sql`${t.row} >= 1`),
    check('seat_assignments_seat_positive', sql`${t.seat} >= 1`),
  ],
);

export type SeatingBlock = typeof seatingBlocks.$inferSelect;
export type SeatReservation = typeof seatReservations.$inferSelect;
export type SeatAssignment = typeof seatAssignments.$inferSelect;
