/** Published winners in walk-on order, and the ceremony items that present them. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { ceremonyAwards, ceremonyReveals, votingRounds, type Nomination } from '@/db/schema';
import { listCategories, type Reader } from './awards';
import { countRound, roundCandidates } from './rounds';

export type Winner = {
  nomination: Nomination;
  categoryName: string;
  categoryNameEn: string | null;
  categoryPosition: number;
  roundId: number;
};

/** Winners of published rounds, in walk-on order: category order, then the order the count placed them. */
export function publishedWinners(awardId: number, reader: Reader = db): Winner[] {
  const categories = listCategories(awardId, reader);
  const rounds = reader
    .select()
    .from(votingRounds)
    .where(and(eq(votingRounds.awardId, awardId), eq(votingRounds.status, 'published')))
    .orderBy(asc(votingRounds.id))
    .all();
  const winners: Winner[] = [];
  for (const category of categories) {
    const seen = new Set<number>();
    for (const round of rounds.filter((r) => r.categoryId === category.id)) {
      const result = countRound(round, category.winners, reader);
      const byId = new Map(roundCandidates(round, reader).map((n) => [n.id, n]));
      const elected = result.nominations.filter((row) => row.outcome === 'elected').sort((a, b) => b.points - a.points);
      for (const row of elected) {
        if (seen.has(row.nominationId)) continue;
        seen.add(row.nominationId);
        winners.push({
          nomination: byId.get(row.nominationId)!,
          categoryName: category.name,
          categoryNameEn: category.nameEn,
          categoryPosition: category.position,
          roundId: round.id,
        });
      }
    }
  }
  return winners;
}

export function getPublishedWinner(awardId: number, nominationId: number) {
  return publishedWinners(awardId).find((w) => w.nomination.id === nominationId);
}

/** The awards each of these agenda items presents, in the order they are presented. */
export function ceremonyAwardIds(itemIds: readonly number[], reader: Reader = db): Map<number, number[]> {
  const linked = new Map<number, number[]>();
  if (itemIds.length === 0) return linked;
  const rows = reader
    .select({ itemId: ceremonyAwards.agendaItemId, awardId: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .where(inArray(ceremonyAwards.agendaItemId, [...itemIds]))
    .orderBy(asc(ceremonyAwards.position))
    .all();
  for (const row of rows) linked.set(row.itemId, [...(linked.get(row.itemId) ?? []), row.awardId]);
  return linked;
}

/** Walk-on order per award-ceremony item: award by award as linked, each in its published order. */
export function ceremonyWinnersByItem(items: readonly { id: number; kind: string }[], reader: Reader = db) {
  const ceremonies = items.filter((item) => item.kind === 'award_ceremony');
  const linked = ceremonyAwardIds(
    ceremonies.map((item) => item.id),
    reader,
  );
  const result: Record<
    number,
    { nominationId: number; names: string; organization: string | null; category: string; categoryEn: string | null }[]
  > = {};
  for (const item of ceremonies) {
    const awardIds = linked.get(item.id);
    if (!awardIds) continue;
    result[item.id] = awardIds.flatMap((awardId) =>
      publishedWinners(awardId, reader).map((w) => ({
        nominationId: w.nomination.id,
        names: w.nomination.nomineeNames,
        organization: w.nomination.organization,
        category: w.categoryName,
        categoryEn: w.categoryNameEn,
      })),
    );
  }
  return result;
}

export function revealedNominationId(meetingId: number): number | null {
  return (
    db
      .select({ id: ceremonyReveals.nominationId })
      .from(ceremonyReveals)
      .where(eq(ceremonyReveals.meetingId, meetingId))
      .get()?.id ?? null
  );
}
