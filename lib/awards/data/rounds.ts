/** Voting rounds: candidates, who has voted or recused, and the count (decision 0011 for secret rounds). */
import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db';
import {
  committeeMembers,
  nominations,
  openBallots,
  recusals,
  registrations,
  roundParticipations,
  secretBallots,
  users,
  votingRounds,
  type Nomination,
  type VotingRound,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { decodeChoices } from '../ballot-slots';
import { awardError } from '../errors';
import { canSeeResults } from '../permissions';
import { hashReceipt } from '../receipts';
import { tally, type RoundTally } from '../tally';
import { awardStaff, getCategory, type Reader } from './awards';

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
