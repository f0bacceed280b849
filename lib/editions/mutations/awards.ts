import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import {
  agendaItems,
  awardCategories,
  awardManagers,
  awards,
  ceremonyAwards,
  committeeMembers,
  type Meeting,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/mutations';
import { awardManagerIds, committeeSeats, findAwardNamed, getAward, listCategories } from '@/lib/awards/data';
import { AppError } from '@/lib/errors';
import { editionErrors } from '../errors';
import { nextYearInstant, nextYearText } from '../shift';

/** The awards last year's ceremony items presented, in order of first presentation. */
function ceremonyAwardIds(tx: Tx, meetingId: number): number[] {
  const rows = tx
    .select({ awardId: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .innerJoin(agendaItems, eq(agendaItems.id, ceremonyAwards.agendaItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(ceremonyAwards.position))
    .all();
  return [...new Set(rows.map((row) => row.awardId))];
}

/**
 * Each award recreated for its next cycle: categories, managers, committee and roles,
 * windows a year on; no nominations, rounds, ballots or results. Returns old id → new id.
 */
export function copyAwards(tx: Tx, last: Meeting, year: number, actorId: number): Map<number, number> {
  const copies = new Map<number, number>();
  for (const awardId of ceremonyAwardIds(tx, last.id)) {
    const award = getAward(awardId, tx)!;
    const cycleYear = award.cycleYear + 1;
    // The (name, cycle) pair is unique: someone already made next cycle's award by hand.
    if (findAwardNamed(award.name, cycleYear, tx)) {
      throw new AppError(editionErrors.awardExists, { values: { name: award.name, year: cycleYear } });
    }
    const shift = (instant: Date) => nextYearInstant(instant, last.timeZone);
    const { id } = tx
      .insert(awards)
      .values({
        name: award.name,
        nameEn: award.nameEn,
        cycleYear,
        description: nextYearText(award.description, year),
        rules: nextYearText(award.rules, year),
        nominationsOpenAt: shift(award.nominationsOpenAt),
        nominationsCloseAt: shift(award.nominationsCloseAt),
        votingOpensAt: shift(award.votingOpensAt),
        votingClosesAt: shift(award.votingClosesAt),
        publicNominations: award.publicNominations,
        createdById: actorId,
      })
      .returning({ id: awards.id })
      .get();
    for (const userId of new Set([actorId, ...awardManagerIds(awardId, tx)]))
      tx.insert(awardManagers).values({ awardId: id, userId }).run();
    const committee = committeeSeats(awardId, tx);
    for (const member of committee)
      tx.insert(committeeMembers).values({ awardId: id, userId: member.userId, role: member.role }).run();
    const categories = listCategories(awardId, tx);
    for (const category of categories) {
      tx.insert(awardCategories)
        .values({
          awardId: id,
          name: category.name,
          nameEn: category.nameEn,
          description: nextYearText(category.description, year),
          winners: category.winners,
          position: category.position,
        })
        .run();
    }
    recordAudit(tx, {
      actorId,
      action: 'award.create',
      entityType: 'award',
      entityId: id,
      changes: {
        previousAwardId: awardId,
        name: award.name,
        cycleYear,
        categories: categories.length,
        committee: committee.length,
      },
    });
    copies.set(awardId, id);
  }
  return copies;
}
