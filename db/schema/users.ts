import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { locales, siteRoles } from './enums';

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
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
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
 * Failed sign-ins per email address (whether or not an account exists, so the
 * answer never reveals which emails are registered).
 */
export const signInThrottles = sqliteTable('sign_in_throttles', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
});

export type SignInThrottle = typeof signInThrottles.$inferSelect;
