import { and, eq, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { users, type SiteRole } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { diff, recordAudit } from '@/lib/audit/mutations';
import type { Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { canArchivePerson, canChangeRole, canManagePeople } from './permissions';

type Details = { name: string; email: string; phone: string | null };

/** Inside each write's transaction: the actor as read from the database by the caller. */
function assertManager(actor: Actor): number {
  if (!canManagePeople(actor)) throw new AppError('forbidden');
  return actor!.id;
}

function assertEmailFree(tx: Tx, email: string, exceptId?: number) {
  const clash = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), exceptId ? ne(users.id, exceptId) : undefined))
    .get();
  if (clash) throw new AppError('emailTaken', { field: 'email' });
}

function loadPerson(tx: Tx, id: number) {
  const person = tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      archivedAt: users.archivedAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!person) throw new AppError('notFound');
  return person;
}

export function createPerson(input: Details & { role: SiteRole; passwordHash: string | null }, actor: Actor): number {
  return db.transaction((tx) => {
    const actorId = assertManager(actor);
    assertEmailFree(tx, input.email);
    const { id } = tx.insert(users).values(input).returning({ id: users.id }).get();
    const { passwordHash, ...shown } = input;
    recordAudit(tx, {
      actorId,
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      changes: { ...shown, canSignIn: passwordHash !== null },
    });
    return id;
  }, IMMEDIATE);
}

export function updatePerson(id: number, input: Details, actor: Actor): void {
  db.transaction((tx) => {
    const actorId = assertManager(actor);
    const before = loadPerson(tx, id);
    assertEmailFree(tx, input.email, id);
    const changes = diff(before, input);
    if (Object.keys(changes).length === 0) return;
    tx.update(users)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(users.id, id))
      .run();
    recordAudit(tx, { actorId, action: 'user.update', entityType: 'user', entityId: id, changes });
  }, IMMEDIATE);
}

export function changeRole(id: number, role: SiteRole, actor: Actor): void {
  db.transaction((tx) => {
    const actorId = assertManager(actor);
    if (!canChangeRole(actor, id, role)) throw new AppError('cannotDemoteSelf', { field: 'role' });
    const before = loadPerson(tx, id);
    if (before.role === role) return;
    // A new role ends the person's sessions: they sign in again under the new role.
    tx.update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id))
      .run();
    recordAudit(tx, {
      actorId,
      action: 'user.roleChange',
      entityType: 'user',
      entityId: id,
      changes: { role: [before.role, role] },
    });
  }, IMMEDIATE);
}

/** Archived people cannot sign in and leave pickers; their history stays. */
export function setPersonArchived(id: number, archived: boolean, actor: Actor): void {
  db.transaction((tx) => {
    const actorId = assertManager(actor);
    if (!canArchivePerson(actor, id, archived)) throw new AppError('cannotArchiveSelf');
    const before = loadPerson(tx, id);
    if (!!before.archivedAt === archived) return;
    tx.update(users)
      // Archiving ends every session at once (restoring does not bring them back).
      .set({
        archivedAt: archived ? new Date() : null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .run();
    recordAudit(tx, { actorId, action: archived ? 'user.archive' : 'user.restore', entityType: 'user', entityId: id });
  }, IMMEDIATE);
}
