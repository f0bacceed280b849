import { and, eq, ne } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { memberships, organizations, users } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { diff, recordAudit } from '@/lib/audit/mutations';
import type { Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { canManageOrganizations } from './permissions';
import type { OrganizationInput } from './schema';

/** Inside each write's transaction: the actor as read from the database by the caller. */
function assertManager(actor: Actor): number {
  if (!canManageOrganizations(actor)) throw new AppError('forbidden');
  return actor!.id;
}

function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const clash = tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.name, name), exceptId ? ne(organizations.id, exceptId) : undefined))
    .get();
  if (clash) throw new AppError('organizationNameTaken', { field: 'name' });
}

function loadOrganization(tx: Tx, id: number) {
  const organization = tx.select().from(organizations).where(eq(organizations.id, id)).get();
  if (!organization) throw new AppError('notFound');
  return organization;
}

export function createOrganization(input: OrganizationInput, actor: Actor): number {
  return db.transaction((tx) => {
    const actorId = assertManager(actor);
    assertNameFree(tx, input.name);
    const { id } = tx.insert(organizations).values(input).returning({ id: organizations.id }).get();
    recordAudit(tx, {
      actorId,
      action: 'organization.create',
      entityType: 'organization',
      entityId: id,
      changes: input,
    });
    return id;
  }, IMMEDIATE);
}

export function updateOrganization(id: number, input: OrganizationInput, actor: Actor): void {
  db.transaction((tx) => {
    const actorId = assertManager(actor);
    const before = loadOrganization(tx, id);
    assertNameFree(tx, input.name, id);
    const changes = diff(before, input);
    if (Object.keys(changes).length === 0) return;
    tx.update(organizations)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .run();
    recordAudit(tx, { actorId, action: 'organization.update', entityType: 'organization', entityId: id, changes });
  }, IMMEDIATE);
}

/** Archived organizations keep their history and members but leave lists and pickers. */
export function setOrganizationArchived(id: number, archived: boolean, actor: Actor): void {
  db.transaction((tx) => {
    const actorId = assertManager(actor);
    const before = loadOrganization(tx, id);
    if (!!before.archivedAt === archived) return;
    const archivedAt = archived ? new Date() : null;
    tx.update(organizations).set({ archivedAt, updatedAt: new Date() }).where(eq(organizations.id, id)).run();
    recordAudit(tx, {
      actorId,
      action: archived ? 'organization.archive' : 'organization.restore',
      entityType: 'organization',
      entityId: id,
    });
  }, IMMEDIATE);
}

export function addMember(
  input: { organizationId: number; userId: number; position: string | null; isRepresentative: boolean },
  actor: Actor,
): number {
  return db.transaction((tx) => {
    const actorId = assertManager(actor);
    const organization = loadOrganization(tx, input.organizationId);
    if (organization.archivedAt) throw new AppError('archived');
    const person = tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get();
    if (!person) throw new AppError('notFound', { field: 'userId' });
    const existing = tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.organizationId, input.organizationId), eq(memberships.userId, input.userId)))
      .get();
    if (existing) throw new AppError('alreadyMember', { field: 'userId' });
    const { id } = tx.insert(memberships).values(input).returning({ id: memberships.id }).get();
    recordAudit(tx, { actorId, action: 'membership.add', entityType: 'membership', entityId: id, changes: input });
    return id;
  }, IMMEDIATE);
}

function loadMembership(tx: Tx, membershipId: number) {
  const membership = tx.select().from(memberships).where(eq(memberships.id, membershipId)).get();
  if (!membership) throw new AppError('notFound');
  return membership;
}

export function updateMembership(
  membershipId: number,
  input: { position: string | null; isRepresentative: boolean },
  actor: Actor,
): number {
  return db.transaction((tx) => {
    const actorId = assertManager(actor);
    const before = loadMembership(tx, membershipId);
    const changes = diff(before, input);
    if (Object.keys(changes).length > 0) {
      tx.update(memberships).set(input).where(eq(memberships.id, membershipId)).run();
      recordAudit(tx, {
        actorId,
        action: 'membership.update',
        entityType: 'membership',
        entityId: membershipId,
        changes: { organizationId: before.organizationId, userId: before.userId, ...changes },
      });
    }
    return before.organizationId;
  }, IMMEDIATE);
}

export function removeMember(membershipId: number, actor: Actor): number {
  return db.transaction((tx) => {
    const actorId = assertManager(actor);
    const before = loadMembership(tx, membershipId);
    tx.delete(memberships).where(eq(memberships.id, membershipId)).run();
    recordAudit(tx, {
      actorId,
      action: 'membership.remove',
      entityType: 'membership',
      entityId: membershipId,
      changes: {
        organizationId: before.organizationId,
        userId: before.userId,
        isRepresentative: before.isRepresentative,
      },
    });
    return before.organizationId;
  }, IMMEDIATE);
}
