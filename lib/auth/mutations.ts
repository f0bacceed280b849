import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { signInThrottles, users, type Locale } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { afterFailure, type ThrottleState } from './throttle';

export function createAccount(input: { email: string; name: string; passwordHash: string; locale: Locale }): number {
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (taken) throw new AppError('emailTaken', { field: 'email' });
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

export function setPassword(userId: number, passwordHash: string, actorId: number): void {
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId)).run();
    // The audit says that the password changed, never what to.
    recordAudit(tx, { actorId, action: 'user.passwordChange', entityType: 'user', entityId: userId });
  }, IMMEDIATE);
}

export function setLocale(userId: number, locale: Locale): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

/** Counts one failed sign-in; read and write in one immediate transaction so parallel guesses all count. */
export function recordFailedSignIn(email: string, now: Date): ThrottleState {
  return db.transaction(
    (tx) => {
      const previous = tx.select().from(signInThrottles).where(eq(signInThrottles.email, email)).get();
      const next = afterFailure(previous, now);
      tx.insert(signInThrottles)
        .values({ email, ...next })
        .onConflictDoUpdate({ target: signInThrottles.email, set: next })
        .run();
      return next;
    },
    IMMEDIATE,
  );
}

export function clearSignInFailures(email: string): void {
  db.delete(signInThrottles).where(eq(signInThrottles.email, email)).run();
}
