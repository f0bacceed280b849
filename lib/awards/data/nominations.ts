/** Nominations: the member's own, the award's, and the duplicate check a nomination passes. */
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { db } from '@/db';
import { awardCategories, awards, nominations } from '@/db/schema';
import type { Reader } from './awards';

/** What a signed-in member has nominated, newest first, with where each stands. */
export function listNominationsBy(userId: number) {
  return db
    .select({
      id: nominations.id,
      nomineeNames: nominations.nomineeNames,
      status: nominations.status,
      createdAt: nominations.createdAt,
      categoryName: awardCategories.name,
      categoryNameEn: awardCategories.nameEn,
      awardId: awards.id,
      awardName: awards.name,
      awardNameEn: awards.nameEn,
      cycleYear: awards.cycleYear,
    })
    .from(nominations)
    .innerJoin(awardCategories, eq(awardCategories.id, nominations.categoryId))
    .innerJoin(awards, eq(awards.id, awardCategories.awardId))
    .where(eq(nominations.nominatorId, userId))
    .orderBy(desc(nominations.id))
    .all();
}

export function listNominations(awardId: number) {
  return db
    .select({ nomination: nominations, categoryName: awardCategories.name })
    .from(nominations)
    .innerJoin(awardCategories, eq(awardCategories.id, nominations.categoryId))
    .where(eq(awardCategories.awardId, awardId))
    .orderBy(asc(awardCategories.position), asc(nominations.id))
    .all();
}

export const getNomination = (nominationId: number, reader: Reader = db) =>
  reader.select().from(nominations).where(eq(nominations.id, nominationId)).get();

export function getNominationByToken(tokenHash: string, reader: Reader = db) {
  return reader.select().from(nominations).where(eq(nominations.editTokenHash, tokenHash)).get();
}

/** Whether another nomination in the category names the same nominee (names compared without spaces and case). */
export function findDuplicate(
  reader: Reader,
  categoryId: number,
  nomineeNames: string,
  exceptId?: number,
): number | null {
  const key = nomineeKey(nomineeNames);
  const others = reader
    .select({ id: nominations.id, names: nominations.nomineeNames })
    .from(nominations)
    .where(
      and(
        eq(nominations.categoryId, categoryId),
        exceptId ? ne(nominations.id, exceptId) : undefined,
        ne(nominations.status, 'withdrawn'),
      ),
    )
    .all();
  return others.find((other) => nomineeKey(other.names) === key)?.id ?? null;
}

export const nomineeKey = (names: string) =>
  names
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・,，、]/g, '');
