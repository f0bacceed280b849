import { eq, inArray, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { rateCounters, revokedSessions, users, type Locale } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { enqueueEmail } from '@/lib/mail/mutations';
import { accountEmail } from './emails';
import { decideAttempt, type AttemptDecision, type ThrottleCount } from './throttle';

/**
 * Creates an account, or, when the email already has one, tells its owner by email and
 * creates nothing. Either way the caller answers the same, so sign-up never reveals
 * which emails have accounts. Returns the new id, or null when the email was taken.
 */
export function createAccount(
  input: { email: string; name: string; passwordHash: string; locale: Locale },
  origin: string,
): number | null {
  return db.transaction((tx) => {
    const taken = tx
      .select({ id: users.id, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.email, input.email))
      .get();
    if (taken) {
      enqueueEmail(tx, accountEmail('exists', { name: taken.name, email: input.email, locale: taken.locale }, origin));
      return null;
    }
    enqueueEmail(tx, accountEmail('welcome', input, origin));
    const created = tx
      .insert(users)
      .values({ ...input, role: 'member' })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, {
      actorId: created.id,
      action: 'user.signUp',
      entityType: 'user',
      entityId: created.id,
      changes: { email: input.email, name: input.name },
    });
    return created.id;
  }, IMMEDIATE);
}

/** Sets a new password and ends every session of the account; returns the new session version. */
export function setPassword(userId: number, passwordHash: string, actorId: number): number {
  return db.transaction((tx) => {
    const { sessionVersion } = tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get()!;
    // The audit says that the password changed, never what to.
    recordAudit(tx, { actorId, action: 'user.passwordChange', entityType: 'user', entityId: userId });
    return sessionVersion;
  }, IMMEDIATE);
}

/** Ends every session of the account, on every device. */
export function endAllSessions(userId: number): void {
  db.transaction((tx) => {
    tx.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run();
    recordAudit(tx, { actorId: userId, action: 'user.signOutEverywhere', entityType: 'user', entityId: userId });
  }, IMMEDIATE);
}

/** Ends one session before its token expires: a copy of the cookie stops working too. */
export function revokeSession(sessionId: string, expiresAt: Date, now = new Date()): void {
  db.transaction((tx) => {
    tx.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing().run();
    // Tokens that expired need no list: next-auth refuses them already.
    tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now)).run();
  });
}

/**
 * Not an audit event (decision 0029): the language is a display preference, the same
 * choice the cookie holds for a visitor, and changes nothing anyone else sees or relies on.
 */
export function setLocale(userId: number, locale: Locale): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

const signInKeys = (email: string, client: string) => ({
  pair: `sign-in:pair:${email}|${client}`,
  client: `sign-in:client:${client}`,
  account: `sign-in:account:${email}`,
});

/**
 * Decides a sign-in attempt and counts it as a failure before the password is
 * checked, in one immediate transaction: of 20 parallel guesses exactly `lockAfter`
 * are counted and checked, and the rest are refused (docs/decisions/0004).
 */
export function beginSignInAttempt(email: string, client: string, now: Date, clientLockAfter: number): AttemptDecision {
  const keys = signInKeys(email, client);
  return db.transaction((tx) => {
    const rows = tx
      .select()
      .from(rateCounters)
      .where(inArray(rateCounters.key, Object.values(keys)))
      .all();
    const find = (key: string) => rows.find((row) => row.key === key);
    const decision = decideAttempt(
      { pair: find(keys.pair), client: find(keys.client), account: find(keys.account) },
      now,
      clientLockAfter,
    );
    if (!decision.allowed) return decision;
    for (const [name, count] of Object.entries(decision.next) as [keyof typeof keys, ThrottleCount][]) {
      tx.insert(rateCounters)
        .values({ key: keys[name], ...count })
        .onConflictDoUpdate({ target: rateCounters.key, set: count })
        .run();
    }
    return decision;
  }, IMMEDIATE);
}

/** The password was right: take back the failure counted in advance, and forget this pair's failures. */
export function forgiveSignInAttempt(email: string, client: string): void {
  const keys = signInKeys(email, client);
  db.transaction((tx) => {
    tx.delete(rateCounters).where(eq(rateCounters.key, keys.pair)).run();
    tx.update(rateCounters)
      .set({ count: sql`max(${rateCounters.count} - 1, 0)` })
      .where(inArray(rateCounters.key, [keys.client, keys.account]))
      .run();
  }, IMMEDIATE);
}
