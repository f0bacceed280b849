/** The award itself and who runs it: categories, committee, managers, and the lists pages choose from. */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { awardCategories, awardManagers, awards, committeeMembers, users, type Award } from '@/db/schema';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { listManagerCandidatesOf, listManagersOf, managerIdsOf } from '@/lib/managers/data';
import type { AwardStaff, CommitteeSeat } from '../permissions';

/** The database or the caller's transaction: reads that a write checks run inside its transaction. */
export type Reader = Tx | typeof db;

export function listAwards() {
  return db.select().from(awards).orderBy(desc(awards.cycleYear), asc(awards.name)).all();
}

export const getAward = (awardId: number, reader: Reader = db) =>
  reader.select().from(awards).where(eq(awards.id, awardId)).get();

/** The award of that name in that cycle, if there is one: the pair is unique. */
export const findAwardNamed = (name: string, cycleYear: number, reader: Reader = db) =>
  reader
    .select({ id: awards.id })
    .from(awards)
    .where(and(eq(awards.name, name), eq(awards.cycleYear, cycleYear)))
    .get();

export const listCategories = (awardId: number, reader: Reader = db) =>
  reader
    .select()
    .from(awardCategories)
    .where(eq(awardCategories.awardId, awardId))
    .orderBy(asc(awardCategories.position))
    .all();

export function getCategory(categoryId: number, reader: Reader = db) {
  return reader.select().from(awardCategories).where(eq(awardCategories.id, categoryId)).get();
}

export function listCommittee(awardId: number, reader: Reader = db) {
  return reader
    .select({ userId: committeeMembers.userId, role: committeeMembers.role, name: users.name, email: users.email })
    .from(committeeMembers)
    .innerJoin(users, eq(users.id, committeeMembers.userId))
    .where(eq(committeeMembers.awardId, awardId))
    .orderBy(asc(committeeMembers.role), asc(users.name))
    .all();
}

export const committeeSeats = (awardId: number, reader: Reader = db): CommitteeSeat[] =>
  reader
    .select({ userId: committeeMembers.userId, role: committeeMembers.role })
    .from(committeeMembers)
    .where(eq(committeeMembers.awardId, awardId))
    .all();

export const awardManagerIds = (awardId: number, reader: Reader = db): number[] =>
  managerIdsOf(awardManagers, awardManagers.awardId, awardId, reader);

/** The award's managers and committee as they are now, for a permission check. */
export const awardStaff = (awardId: number, reader: Reader = db): AwardStaff => ({
  managerIds: awardManagerIds(awardId, reader),
  committee: committeeSeats(awardId, reader),
});

export const listAwardManagers = (awardId: number) => listManagersOf(awardManagers, awardManagers.awardId, awardId);

/** Awards the actor runs: all for an admin, else those they manage. */
export function listManagedAwards(actor: NonNullable<Actor>) {
  const mine = hasRole(actor, 'admin')
    ? undefined
    : inArray(
        awards.id,
        db.select({ id: awardManagers.awardId }).from(awardManagers).where(eq(awardManagers.userId, actor.id)),
      );
  return db.select().from(awards).where(mine).orderBy(desc(awards.cycleYear), asc(awards.name)).all();
}

/** Awards where the person sits on the committee, for their ballot list. */
export function listCommitteeAwards(userId: number) {
  return db
    .select({ award: awards, role: committeeMembers.role })
    .from(committeeMembers)
    .innerJoin(awards, eq(awards.id, committeeMembers.awardId))
    .where(eq(committeeMembers.userId, userId))
    .orderBy(desc(awards.cycleYear))
    .all();
}

/** Who could become a manager of the award: active site organizers and admins not yet managing it. */
export const listManagerCandidates = (awardId: number) =>
  listManagerCandidatesOf(awardManagers, awardManagers.awardId, awardId);

/** People who can be appointed: everyone with an account who is not archived. */
export function listAppointablePeople() {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(isNull(users.archivedAt))
    .orderBy(asc(users.name))
    .all();
}

/** Awards an agenda item may link to: newest cycle first, then in the order they were set up (the order a ceremony presents them). */
export function listAwardChoices() {
  return db
    .select({ id: awards.id, name: awards.name, nameEn: awards.nameEn, cycleYear: awards.cycleYear })
    .from(awards)
    .orderBy(desc(awards.cycleYear), asc(awards.id))
    .all();
}

export type { Award };
