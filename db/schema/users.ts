import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { locales, siteRoles } from './enums';
import { createdAt, timestamp, updatedAt } from './columns';

/** A person. People created by an admin may have no password yet and cannot sign in until they get one. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored lower-cased and trimmed; the unique index makes "one account per email" a database rule.
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: siteRoles }).notNull().default('member'),
    locale: text('locale', { enum: locales }).notNull().default('zh-CN'),
    archivedAt: timestamp('archived_at'),
    // Copied into the session token at sign-in and compared on every request: raising it
    // (sign out everywhere, password change, archiving, role change) ends every session.
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('users_name_idx').on(t.name),
    check('users_role_check', sql`${t.role} in ('admin', 'organizer', 'member')`),
    check('users_locale_check', sql`${t.locale} in ('zh-CN', 'en')`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/**
 * Sessions signed out before their token expires: a copy of the cookie must not
 * outlive the sign-out. Kept until the token would have expired anyway.
 */
export const revokedSessions = sqliteTable('revoked_sessions', {
  sessionId: text('session_id').primaryKey(),
  expiresAt: timestamp('expires_at').notNull(),
});
