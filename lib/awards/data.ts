import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  auditEvents,
  awardCategories,
  awardManagers,
  awards,
  ceremonyAwards,
  ceremonyReveals,
  committeeMembers,
  nominations,
  openBallots,
  recusals,
  registrations,
  roundParticipations,
  secretBallots,
  users,
  votingRounds,
  type Award,
  type Nomination,
  type VotingRound,
} from '@/db/schema';
import type { AnchorMismatch } from '@/lib/audit/anchor-report';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { decodeChoices } from './ballot-slots';
import { awardError } from './errors';
import { canSeeResults, type AwardStaff, type CommitteeSeat } from './permissions';
import { hashReceipt } from './receipts';
import { tally, type RoundTally } from './tally';
import { listManagerCandidatesOf, listManagersOf } from '@/lib/managers/data';

type Reader = Tx | typeof db;

export function listAwards() {
  return db.select().from(awards).orderBy(desc(awards.cycleYear), asc(awards.name)).all();
}

export const getAward = (awardId: number, reader: Reader = db) =>
  reader.select().from(awards).where(eq(awards.id, awardId)).get();

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
  reader
    .select({ userId: awardManagers.userId })
    .from(awardManagers)
    .where(eq(awardManagers.awardId, awardId))
    .all()
    .map((row) => row.userId);

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

export function getNominationByToken(tokenHash: string) {
  return db.select().from(nominations).where(eq(nominations.editTokenHash, tokenHash)).get();
}

export const listRounds = (awardId: number) =>
  db.select().from(votingRounds).where(eq(votingRounds.awardId, awardId)).orderBy(asc(votingRounds.id)).all();

export const getRound = (roundId: number, reader: Reader = db) =>
  reader.select().from(votingRounds).where(eq(votingRounds.id, roundId)).get();

/** The nominations a round votes on: its runoff list, else every eligible nomination of its category. */
export function roundCandidates(round: VotingRound, reader: Reader = db): Nomination[] {
  const eligible = reader
    .select()
    .from(nominations)
    .where(and(eq(nominations.categoryId, round.categoryId), eq(nominations.status, 'eligible')))
    .orderBy(asc(nominations.id))
    .all();
  return round.candidateIds ? eligible.filter((n) => round.candidateIds!.includes(n.id)) : eligible;
}

export function myRecusals(roundId: number, voterId: number, reader: Reader = db): Set<number> {
  return new Set(
    reader
      .select({ id: recusals.nominationId })
      .from(recusals)
      .where(and(eq(recusals.roundId, roundId), eq(recusals.voterId, voterId)))
      .all()
      .map((r) => r.id),
  );
}

export function hasVoted(roundId: number, voterId: number, reader: Reader = db): boolean {
  return !!reader
    .select({ v: roundParticipations.voterId })
    .from(roundParticipations)
    .where(and(eq(roundParticipations.roundId, roundId), eq(roundParticipations.voterId, voterId)))
    .get();
}

export function participationCount(roundId: number): number {
  return (
    db.select({ n: count() }).from(roundParticipations).where(eq(roundParticipations.roundId, roundId)).get()?.n ?? 0
  );
}

/** Whether a receipt names a ballot recorded in this round; the only lookup a secret ballot allows. */
export function receiptRecorded(roundId: number, receipt: string): boolean {
  const hash = hashReceipt(receipt);
  const secret = db
    .select({ r: secretBallots.roundId })
    .from(secretBallots)
    .where(and(eq(secretBallots.roundId, roundId), eq(secretBallots.receiptHash, hash), eq(secretBallots.filled, true)))
    .get();
  const open = db
    .select({ r: openBallots.roundId })
    .from(openBallots)
    .where(and(eq(openBallots.receiptHash, hash), eq(openBallots.roundId, roundId)))
    .get();
  return !!(secret ?? open);
}

/** Committee members who count for quorum: all, or those checked in at the round's meeting. */
function countedVoters(round: VotingRound, reader: Reader): number {
  if (!round.presenceMeetingId) {
    return (
      reader.select({ n: count() }).from(committeeMembers).where(eq(committeeMembers.awardId, round.awardId)).get()
        ?.n ?? 0
    );
  }
  const present = reader
    .selectDistinct({ userId: committeeMembers.userId })
    .from(committeeMembers)
    .innerJoin(
      registrations,
      and(
        eq(registrations.userId, committeeMembers.userId),
        eq(registrations.meetingId, round.presenceMeetingId),
        isNotNull(registrations.checkedInAt),
      ),
    )
    .where(eq(committeeMembers.awardId, round.awardId))
    .all();
  return present.length;
}

/** The count of a round, from the database, with no permission check: callers check first. */
export function countRound(round: VotingRound, seats: number, reader: Reader = db): RoundTally {
  const candidates = roundCandidates(round, reader);
  // A secret round's ballots are its filled slots (decision 0011); empty slots are not ballots.
  const ballots = round.secret
    ? reader
        .select({ choices: secretBallots.choices })
        .from(secretBallots)
        .where(and(eq(secretBallots.roundId, round.id), eq(secretBallots.filled, true)))
        .all()
        .map((slot) => ({ choices: decodeChoices(slot.choices) }))
    : reader.select({ choices: openBallots.choices }).from(openBallots).where(eq(openBallots.roundId, round.id)).all();
  const voters = new Set(
    reader
      .select({ id: roundParticipations.voterId })
      .from(roundParticipations)
      .where(eq(roundParticipations.roundId, round.id))
      .all()
      .map((r) => r.id),
  );
  const recusalMap = new Map<number, { recused: number; recusedVoted: number }>();
  for (const recusal of reader.select().from(recusals).where(eq(recusals.roundId, round.id)).all()) {
    const entry = recusalMap.get(recusal.nominationId) ?? { recused: 0, recusedVoted: 0 };
    entry.recused += 1;
    if (voters.has(recusal.voterId)) entry.recusedVoted += 1;
    recusalMap.set(recusal.nominationId, entry);
  }
  return tally({
    rules: {
      method: round.method,
      maxChoices: round.maxChoices,
      seats,
      quorum: { numerator: round.quorumNumerator, denominator: round.quorumDenominator },
      threshold: { numerator: round.thresholdNumerator, denominator: round.thresholdDenominator },
      tieRule: round.tieRule,
      castingVoteIds: round.castingVoteIds,
    },
    candidateIds: candidates.map((c) => c.id),
    eligibleVoters: countedVoters(round, reader),
    recusals: recusalMap,
    ballots: ballots.map((b) => b.choices),
  });
}

/** Results for whoever asks: refused before the round closes, and to outsiders until published. */
export function getRoundResults(roundId: number, actor: Actor) {
  const round = getRound(roundId);
  if (!round) throw new AppError('notFound');
  if (!canSeeResults(actor, awardStaff(round.awardId), round.status)) throw awardError('resultsHidden');
  const category = getCategory(round.categoryId)!;
  const candidates = new Map(roundCandidates(round).map((n) => [n.id, n]));
  return { round, category, candidates, tally: countRound(round, category.winners) };
}

/** A round's voters, named — only for open rounds; a secret round's ballots have no names to show. */
export function listOpenBallots(round: VotingRound) {
  if (round.secret) return [];
  return db
    .select({ name: users.name, choices: openBallots.choices })
    .from(openBallots)
    .innerJoin(users, eq(users.id, openBallots.voterId))
    .where(eq(openBallots.roundId, round.id))
    .orderBy(asc(users.name))
    .all();
}

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

/** Awards an agenda item may link to: newest cycle first, then in the order they were set up (the order a ceremony presents them). */
export function listAwardChoices() {
  return db
    .select({ id: awards.id, name: awards.name, nameEn: awards.nameEn, cycleYear: awards.cycleYear })
    .from(awards)
    .orderBy(desc(awards.cycleYear), asc(awards.id))
    .all();
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

export type { Award };

/** For a meeting's agenda: per award-ceremony item, the linked award's published winners in walk-on order. */
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

type PublishedCount = {
  ballotsCast: number;
  nominations: { nominationId: number; votes: number; points: number }[];
};

/**
 * For `npm run audit:verify`: the first published round (in id order) whose ballots no longer
 * recount to what its publish event recorded (decision 0012). Compares the ballots cast and each
 * nomination's votes and points, which only the ballots decide; not the outcome, which also
 * depends on who is on the committee or checked in, and may legitimately move after publishing.
 * Publish events from before results were recorded carry none and are not compared.
 */
export function firstPublishedResultMismatch(reader: Reader = db): AnchorMismatch | null {
  const rounds = reader
    .select()
    .from(votingRounds)
    .where(eq(votingRounds.status, 'published'))
    .orderBy(asc(votingRounds.id))
    .all();
  for (const round of rounds) {
    const event = reader
      .select({ id: auditEvents.id, changes: auditEvents.changes })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'votingRound.publish'),
          eq(auditEvents.entityType, 'votingRound'),
          eq(auditEvents.entityId, round.id),
        ),
      )
      .orderBy(asc(auditEvents.id))
      .limit(1)
      .get();
    const mismatch = (problem: AnchorMismatch['problem']): AnchorMismatch => ({
      record: 'publishedResult',
      id: round.id,
      eventId: event?.id ?? null,
      problem,
    });
    if (!event) return mismatch('notInChain');
    const published = (event.changes as { results?: PublishedCount } | null)?.results;
    if (!published) continue;
    const category = getCategory(round.categoryId, reader);
    if (!category) return mismatch('count');
    const recount = countRound(round, category.winners, reader);
    const now = new Map(recount.nominations.map((n) => [n.nominationId, n]));
    const differs =
      recount.ballotsCast !== published.ballotsCast ||
      published.nominations.some((n) => {
        const row = now.get(n.nominationId);
        return row !== undefined && (row.votes !== n.votes || row.points !== n.points);
      });
    if (differs) return mismatch('count');
  }
  return null;
}
