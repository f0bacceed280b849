/** An award and what it is made of: its categories, its committee and its managers (decision 0014). */
import { and, eq, max } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  awardCategories,
  awardManagers,
  awards,
  committeeMembers,
  nominations,
  users,
  votingRounds,
  type Award,
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { diff, recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { addManager, removeManager, type ManagerList } from '@/lib/managers/mutations';
import { awardManagerIds, committeeSeats, findAwardNamed, getAward, getCategory } from '../data';
import { awardError } from '../errors';
import { canCreateAwards, canManageAward } from '../permissions';
import type { AwardInput, CategoryInput } from '../schema';
import { addBallotSlots } from './slots';

export type Who = NonNullable<Actor>;

export function loadAward(tx: Tx, awardId: number): Award {
  const award = getAward(awardId, tx);
  if (!award) throw new AppError('notFound');
  return award;
}

/**
 * The award, if `actor` manages it — checked inside the caller's transaction against the
 * manager list as it is now, not as a page saw it (decision 0014).
 */
export function loadManagedAward(tx: Tx, awardId: number, actor: Actor): Award {
  const award = loadAward(tx, awardId);
  if (!canManageAward(actor, { managerIds: awardManagerIds(awardId, tx) })) throw new AppError('forbidden');
  return award;
}

export function createAward(input: AwardInput, actor: Who): number {
  if (!canCreateAwards(actor)) throw new AppError('forbidden');
  return db.transaction((tx) => {
    if (findAwardNamed(input.name, input.cycleYear, tx)) throw awardError('nameTaken', { field: 'name' });
    const { id } = tx
      .insert(awards)
      .values({ ...input, createdById: actor.id })
      .returning({ id: awards.id })
      .get();
    tx.insert(awardManagers).values({ awardId: id, userId: actor.id }).run();
    recordAudit(tx, { actorId: actor.id, action: 'award.create', entityType: 'award', entityId: id, changes: input });
    return id;
  }, IMMEDIATE);
}

export function updateAward(awardId: number, input: AwardInput, actor: Who): void {
  db.transaction((tx) => {
    const before = loadManagedAward(tx, awardId, actor);
    const clash = findAwardNamed(input.name, input.cycleYear, tx);
    if (clash && clash.id !== awardId) throw awardError('nameTaken', { field: 'name' });
    const changes = diff(before, input);
    if (Object.keys(changes).length === 0) return;
    tx.update(awards).set(input).where(eq(awards.id, awardId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'award.update', entityType: 'award', entityId: awardId, changes });
  }, IMMEDIATE);
}

export function addCategory(input: CategoryInput, actor: Who): number {
  return db.transaction((tx) => {
    loadManagedAward(tx, input.awardId, actor);
    if (
      tx
        .select({ id: awardCategories.id })
        .from(awardCategories)
        .where(and(eq(awardCategories.awardId, input.awardId), eq(awardCategories.name, input.name)))
        .get()
    )
      throw awardError('nameTaken', { field: 'name' });
    const last =
      tx
        .select({ p: max(awardCategories.position) })
        .from(awardCategories)
        .where(eq(awardCategories.awardId, input.awardId))
        .get()?.p ?? 0;
    const { id } = tx
      .insert(awardCategories)
      .values({ ...input, position: last + 1 })
      .returning({ id: awardCategories.id })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'award.addCategory',
      entityType: 'award',
      entityId: input.awardId,
      changes: { categoryId: id, ...input },
    });
    return id;
  }, IMMEDIATE);
}

export function removeCategory(categoryId: number, actor: Who): void {
  db.transaction((tx) => {
    const category = getCategory(categoryId, tx);
    if (!category) throw new AppError('notFound');
    loadManagedAward(tx, category.awardId, actor);
    // Nominations and rounds are history: a category that has them stays.
    if (tx.select({ id: nominations.id }).from(nominations).where(eq(nominations.categoryId, categoryId)).get())
      throw awardError('categoryInUse');
    if (tx.select({ id: votingRounds.id }).from(votingRounds).where(eq(votingRounds.categoryId, categoryId)).get())
      throw awardError('categoryInUse');
    tx.delete(awardCategories).where(eq(awardCategories.id, categoryId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'award.removeCategory',
      entityType: 'award',
      entityId: category.awardId,
      changes: { categoryId, name: category.name },
    });
  }, IMMEDIATE);
}

export function appointCommitteeMember(awardId: number, userId: number, role: 'chair' | 'member', actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const person = tx
      .select({ id: users.id, archivedAt: users.archivedAt })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
    const seats = committeeSeats(awardId, tx);
    if (seats.some((s) => s.userId === userId)) throw awardError('alreadyInCommittee', { field: 'userId' });
    if (role === 'chair' && seats.some((s) => s.role === 'chair')) throw awardError('chairTaken', { field: 'role' });
    tx.insert(committeeMembers).values({ awardId, userId, role }).run();
    // A member who joins while a secret round is open can vote in it: one more empty slot each.
    const openSecret = tx
      .select()
      .from(votingRounds)
      .where(and(eq(votingRounds.awardId, awardId), eq(votingRounds.status, 'open'), eq(votingRounds.secret, true)))
      .all();
    for (const round of openSecret) addBallotSlots(tx, round, 1);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'award.appoint',
      entityType: 'award',
      entityId: awardId,
      changes: { userId, role },
    });
  }, IMMEDIATE);
}

export function removeCommitteeMember(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const removed = tx
      .delete(committeeMembers)
      .where(and(eq(committeeMembers.awardId, awardId), eq(committeeMembers.userId, userId)))
      .run();
    if (removed.changes === 0) throw new AppError('notFound');
    recordAudit(tx, {
      actorId: actor.id,
      action: 'award.dismiss',
      entityType: 'award',
      entityId: awardId,
      changes: { userId },
    });
  }, IMMEDIATE);
}

// ——— managers (decision 0014) ———

const awardManagerList: ManagerList<typeof awardManagers> = {
  table: awardManagers,
  recordColumn: awardManagers.awardId,
  row: (awardId, userId) => ({ awardId, userId }),
  needsSiteRole: true,
  refusals: { already: 'alreadyManager', last: 'lastManager' },
  audit: { entityType: 'award', added: 'award.addManager', removed: 'award.removeManager' },
};

export function addAwardManager(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    addManager(tx, awardManagerList, { recordId: awardId, userId, actorId: actor.id });
  }, IMMEDIATE);
}

export function removeAwardManager(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    removeManager(tx, awardManagerList, { recordId: awardId, userId, actorId: actor.id });
  }, IMMEDIATE);
}
