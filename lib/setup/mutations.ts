import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { IMMEDIATE } from '@/db/transaction';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/mutations';
import { DEMO_EMAILS } from '@/lib/auth/demo';
import { hashPassword } from '@/lib/auth/password';
import type { FirstAdmin } from './schema';

/**
 * Makes `admin` an administrator who can sign in: a new account, or, when the email
 * already has one, that account promoted, given this password and brought back from
 * the archive (so a locked-out operator can recover). Run from the server's shell only.
 */
export async function createAdmin(admin: FirstAdmin, now = new Date()): Promise<{ id: number; created: boolean }> {
  const passwordHash = await hashPassword(admin.password);
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.email, admin.email))
      .get();
    if (existing) {
      tx.update(users)
        .set({ role: 'admin', passwordHash, archivedAt: null, updatedAt: now })
        .where(eq(users.id, existing.id))
        .run();
      recordAudit(
        tx,
        {
          actorId: null,
          action: 'user.setupAdmin',
          entityType: 'user',
          entityId: existing.id,
          changes: { role: [existing.role, 'admin'] },
        },
        now,
      );
      return { id: existing.id, created: false };
    }
    const { id } = tx
      .insert(users)
      .values({ name: admin.name, email: admin.email, passwordHash, role: 'admin', createdAt: now, updatedAt: now })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, { actorId: null, action: 'user.setupAdmin', entityType: 'user', entityId: id }, now);
    return { id, created: true };
  }, IMMEDIATE);
}

/** Archives the demo accounts: they can no longer sign in; what they did stays, with their names. */
export function archiveDemoAccounts(now = new Date()): string[] {
  return db.transaction((tx) => {
    const active = tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.email, [...DEMO_EMAILS]), isNull(users.archivedAt)))
      .all();
    for (const account of active) {
      tx.update(users)
        .set({ archivedAt: now, passwordHash: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
        .where(eq(users.id, account.id))
        .run();
      recordAudit(tx, { actorId: null, action: 'user.archiveDemo', entityType: 'user', entityId: account.id }, now);
    }
    return active.map((account) => account.email);
  }, IMMEDIATE);
}
