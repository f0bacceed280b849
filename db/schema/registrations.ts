import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { belongsTo, createdAt, inList, timestamp, updatedAt } from './columns';
import { activeRegistrationStatuses, questionKinds, registrationModes, registrationStatuses } from './enums';
import { meetings } from './meetings';
import { organizations } from './organizations';
import { users } from './users';

/** How a meeting takes registrations; one row per meeting, created with defaults when first edited. */
export const registrationSettings = sqliteTable(
  'registration_settings',
  {
    meetingId: integer('meeting_id')
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    opensAt: timestamp('opens_at'),
    closesAt: timestamp('closes_at'),
    mode: text('mode', { enum: registrationModes }).notNull().default('open'),
    // Seats held for member organizations go to the waiting list after this instant.
    organizationSeatsReleaseAt: timestamp('organization_seats_release_at'),
    // Set once the release has run, so it runs once.
    organizationSeatsReleasedAt: timestamp('organization_seats_released_at'),
    updatedAt: updatedAt(),
  },
  (t) => [check('registration_settings_mode_check', sql`${t.mode} in (${inList(registrationModes)})`)],
);

export const registrationCategories = sqliteTable(
  'registration_categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    name: text('name').notNull(),
    // Optional name for English visitors (decision 0020).
    nameEn: text('name_en'),
    // Null: no limit of its own (the meeting's capacity still applies).
    quota: integer('quota'),
    // Whether registrants may choose it themselves; otherwise only by invitation.
    selfService: integer('self_service', { mode: 'boolean' }).notNull().default(true),
    position: integer('position').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('registration_categories_meeting_name_unique').on(t.meetingId, t.name),
    check('registration_categories_quota_positive', sql`${t.quota} is null or ${t.quota} >= 0`),
  ],
);

/** Seats held for a member organization until the release instant. */
export const organizationSeats = sqliteTable(
  'organization_seats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    organizationId: belongsTo('organization_id', () => organizations.id),
    seats: integer('seats').notNull(),
  },
  (t) => [
    uniqueIndex('organization_seats_meeting_organization_unique').on(t.meetingId, t.organizationId),
    check('organization_seats_positive', sql`${t.seats} > 0`),
  ],
);

export const registrationQuestions = sqliteTable(
  'registration_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    kind: text('kind', { enum: questionKinds }).notNull(),
    label: text('label').notNull(),
    // For "choice": the options, in order.
    choices: text('choices', { mode: 'json' }).$type<string[]>(),
    required: integer('required', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [check('registration_questions_kind_check', sql`${t.kind} in (${inList(questionKinds)})`)],
);

/** A seat held for a named person until they accept or the invitation expires. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => registrationCategories.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    // SHA-256 of the token in the link; the token itself is only ever in the email.
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at').notNull(),
    acceptedAt: timestamp('accepted_at'),
    revokedAt: timestamp('revoked_at'),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_meeting_idx').on(t.meetingId)],
);

const active = sql.raw(`status in (${activeRegistrationStatuses.map((s) => `'${s}'`).join(', ')})`);

export const registrations = sqliteTable(
  'registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => registrationCategories.id, { onDelete: 'restrict' }),
    // Members register as themselves; guests have no account.
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    organizationName: text('organization_name'),
    status: text('status', { enum: registrationStatuses }).notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, string>>(),
    // The language the registrant used: their emails come in it.
    locale: text('locale').notNull().default('zh-CN'),
    // Printed on the ticket and in its QR code; set when the seat is confirmed.
    ticketCode: text('ticket_code').unique(),
    // The secret in the private link that lets a guest see and cancel their registration
    // never rests in clear (decision 0018): it is found by its SHA-256, and kept only sealed
    // under the session secret, opened when a later email (promotion, seat) must carry the
    // link. Both are set on every row (a trigger refuses one without them); the columns are
    // nullable only because SQLite adds a NOT NULL column to a filled table only by rebuilding
    // it, and dropping this table would cascade into seats and guests of honour.
    accessTokenHash: text('access_token_hash').unique(),
    accessTokenSealed: text('access_token_sealed'),
    invitationId: integer('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
    rejectionReason: text('rejection_reason'),
    createdAt: createdAt(),
    confirmedAt: timestamp('confirmed_at'),
    // Set when the seat came from the waiting list: the ticket page and email say so and offer to give it back.
    promotedAt: timestamp('promoted_at'),
    cancelledAt: timestamp('cancelled_at'),
    checkedInAt: timestamp('checked_in_at'),
    checkedInById: integer('checked_in_by_id').references(() => users.id, { onDelete: 'set null' }),
    // The door station that recorded the counted check-in (decision 0024); null when checked in online before stations had names.
    checkedInStation: text('checked_in_station'),
  },
  (t) => [
    check('registrations_status_check', sql`${t.status} in (${inList(registrationStatuses)})`),
    check('registrations_contact_check', sql`${t.email} is not null or ${t.phone} is not null`),
    check('registrations_ticket_when_confirmed', sql`${t.status} <> 'confirmed' or ${t.ticketCode} is not null`),
    // One place per person and meeting, whichever way they identify themselves; enforced here,
    // so a double-clicked submit or two tabs cannot create a second one.
    uniqueIndex('registrations_meeting_user_active')
      .on(t.meetingId, t.userId)
      .where(sql`user_id is not null and ${active}`),
    uniqueIndex('registrations_meeting_email_active')
      .on(t.meetingId, t.email)
      .where(sql`email is not null and ${active}`),
    uniqueIndex('registrations_meeting_phone_active')
      .on(t.meetingId, t.phone)
      .where(sql`phone is not null and ${active}`),
    index('registrations_meeting_status_idx').on(t.meetingId, t.status, t.id),
    index('registrations_user_idx').on(t.userId),
  ],
);

export type RegistrationCategory = typeof registrationCategories.$inferSelect;
export type Registration = typeof registrations.$inferSelect;
export type RegistrationSettings = typeof registrationSettings.$inferSelect;
export type RegistrationQuestion = typeof registrationQuestions.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
