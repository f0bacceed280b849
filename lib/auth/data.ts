import { and, eq, isNull, notExists } from 'drizzle-orm';
import { db } from '@/db';
import { revokedSessions, users, type SiteRole, type Locale } from '@/db/schema';

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

/**
 * The person a session token names, if that session still stands: the account is
 * active, its session version is the one the token was issued with (sign out
 * everywhere, a password change, archiving and a role change raise it), and this
 * session was not signed out. One indexed query, on every request.
 */
export function getSessionViewer(id: number, sessionVersion: number, sessionId: string): Viewer | undefined {
  return db
    .select(viewerColumns)
    .from(users)
    .where(
      and(
        eq(users.id, id),
        isNull(users.archivedAt),
        eq(users.sessionVersion, sessionVersion),
        notExists(
          db
            .select({ one: revokedSessions.sessionId })
            .from(revokedSessions)
            .where(eq(revokedSessions.sessionId, sessionId)),
        ),
      ),
    )
    .get();
}

export function getSessionVersion(userId: number): number | undefined {
  return db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()?.version;
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
