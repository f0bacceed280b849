import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { signInThrottles, users, type SiteRole, type Locale } from '@/db/schema';

/** The signed-in person as pages and actions see them. Never carries the password hash. */
export type Viewer = {
  id: number;
  email: string;
  name: string;
  role: SiteRole;
  locale: Locale;
};

const viewerColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
};

export function getActiveViewer(id: number): Viewer | undefined {
  return db
    .select(viewerColumns)
    .from(users)
    .where(and(eq(users.id, id), isNull(users.archivedAt)))
    .get();
}

/** Only for checking a password; the hash goes no further than lib/auth. */
export function getCredentials(email: string) {
  return db
    .select({ id: users.id, passwordHash: users.passwordHash, archivedAt: users.archivedAt })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

export function getPasswordHash(userId: number): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash ?? null;
}

export function emailExists(email: string): boolean {
  return !!db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
}

export function getThrottle(email: string) {
  return db.select().from(signInThrottles).where(eq(signInThrottles.email, email)).get();
}
