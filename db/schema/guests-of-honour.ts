import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { registrations } from './registrations';
import { users } from './users';

/**
 * A registration the organizer marked as a guest of honour (特邀嘉宾), with the title
 * the report names them by, as they registered it (e.g. 区委副书记). Kept beside the
 * registration rather than on it: most registrations never carry one. Unmarking deletes
 * the row; the audit log keeps the history.
 */
export const guestsOfHonour = sqliteTable('guests_of_honour', {
  registrationId: integer('registration_id')
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  markedById: integer('marked_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export type GuestOfHonour = typeof guestsOfHonour.$inferSelect;
