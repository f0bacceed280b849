/** Conflicts of interest and ballots, open or secret (decision 0011). */
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { openBallots, recusals, roundParticipations, secretBallots, type VotingRound } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { forgetWalHistory } from '@/db/wal';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { awardStaff, getRound, roundCandidates } from '../data';
import { encodeChoices } from '../ballot-slots';
import { awardError } from '../errors';
import { canVote } from '../permissions';
import { hashReceipt, newReceipt, normalizeReceipt } from '../receipts';
import type { BallotInput } from '../schema';
import { ballotProblem } from '../tally';
import { ballotAvailability } from '../voting-window';
import { loadAward, type Who } from './awards';
import { fillBallotSlot, stirSlots } from './slots';

/** Voting needs an open round inside the award's voting window: the same answer the ballot page shows. */
function requireVoting(tx: Tx, round: VotingRound, now: Date) {
  if (ballotAvailability(round, loadAward(tx, round.awardId), now) !== 'open') throw awardError('votingClosed');
}

export function declareConflict(roundId: number, nominationId: number, actor: Who, now = new Date()): void {
  db.transaction((tx) => {
    const round = getRound(roundId, tx);
    if (!round) throw new AppError('notFound');
    if (!canVote(actor, awardStaff(round.awardId, tx))) throw awardError('notCommittee');
    requireVoting(tx, round, now);
    if (!roundCandidates(round, tx).some((n) => n.id === nominationId)) throw awardError('notACandidate');
    // Declared before voting, so a ballot already cast cannot hold a choice the member was recused from.
    const voted = tx
      .select({ v: roundParticipations.voterId })
      .from(roundParticipations)
      .where(and(eq(roundParticipations.roundId, roundId), eq(roundParticipations.voterId, actor.id)))
      .get();
    if (voted) throw awardError('alreadyVotedRecusal');
    tx.insert(recusals).values({ roundId, nominationId, voterId: actor.id }).onConflictDoNothing().run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'votingRound.recuse',
      entityType: 'votingRound',
      entityId: roundId,
      changes: { nominationId },
    });
  }, IMMEDIATE);
}

/** Ranks 1…k, each once, become an ordering; anything else is refused. */
function orderFromRanks(ranks: BallotInput['ranks']): number[] {
  const sorted = [...ranks].sort((a, b) => a.rank - b.rank);
  if (new Set(sorted.map((r) => r.rank)).size !== sorted.length) throw awardError('duplicateRank');
  if (sorted.some((r, index) => r.rank !== index + 1)) throw awardError('rankGap');
  return sorted.map((r) => r.nominationId);
}

export type BallotReceipt = { receipt: string; changed: boolean };

/**
 * One ballot per member per round. Participation and contents are written in one
 * transaction; the participation key refuses a second ballot however many requests
 * race. In a secret round the contents go into a random empty slot placed when the
 * round opened, and the WAL is then cut so it keeps no version of the page from
 * before the ballot (decision 0011).
 */
export function castBallot(input: BallotInput, actor: Who, now = new Date()): BallotReceipt {
  const receipt = newReceipt();
  const { result, secret } = db.transaction((tx) => {
    const round = getRound(input.roundId, tx);
    if (!round) throw new AppError('notFound');
    if (!canVote(actor, awardStaff(round.awardId, tx))) throw awardError('notCommittee');
    requireVoting(tx, round, now);
    const choices = round.method === 'ranked' ? orderFromRanks(input.ranks) : input.approvals;
    const candidates = new Set(roundCandidates(round, tx).map((n) => n.id));
    const problem = ballotProblem(choices, round, candidates, recusedIds(tx, round.id, actor.id));
    if (problem) throw awardError(problem, { values: { max: round.maxChoices } });

    const participated =
      tx.insert(roundParticipations).values({ roundId: round.id, voterId: actor.id }).onConflictDoNothing().run()
        .changes === 1;
    if (!participated) {
      if (!round.allowChanges) throw awardError('alreadyVoted');
      return { result: changeBallot(tx, round, actor, choices, input.receipt), secret: round.secret };
    }
    if (round.secret) {
      fillBallotSlot(tx, round, hashReceipt(receipt), choices);
    } else {
      tx.insert(openBallots)
        .values({ roundId: round.id, voterId: actor.id, choices, receiptHash: hashReceipt(receipt), updatedAt: now })
        .run();
    }
    // The round only: never choices, receipt or slot, so the log cannot undo the secrecy.
    recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'votingRound.ballot',
        entityType: 'votingRound',
        entityId: round.id,
        changes: round.secret ? undefined : { choices },
      },
      now,
    );
    return { result: { receipt, changed: false }, secret: round.secret };
  }, IMMEDIATE);
  if (secret) forgetWalHistory(db.$client);
  return result;
}

function recusedIds(tx: Tx, roundId: number, voterId: number): Set<number> {
  return new Set(
    tx
      .select({ id: recusals.nominationId })
      .from(recusals)
      .where(and(eq(recusals.roundId, roundId), eq(recusals.voterId, voterId)))
      .all()
      .map((r) => r.id),
  );
}

function changeBallot(
  tx: Tx,
  round: VotingRound,
  actor: Who,
  choices: number[],
  receipt: string | null,
): BallotReceipt {
  if (round.secret) {
    // Only the voter holds the receipt; without it nobody can find their ballot.
    if (!receipt) throw awardError('receiptNeeded', { field: 'receipt' });
    const changed = tx
      .update(secretBallots)
      .set({ choices: encodeChoices(choices, round.maxChoices) })
      .where(
        and(
          eq(secretBallots.roundId, round.id),
          eq(secretBallots.receiptHash, hashReceipt(receipt)),
          eq(secretBallots.filled, true),
        ),
      )
      .run();
    if (changed.changes === 0) throw awardError('receiptUnknown', { field: 'receipt' });
    stirSlots(tx, round.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'votingRound.ballotChanged',
      entityType: 'votingRound',
      entityId: round.id,
    });
    return { receipt: normalizeReceipt(receipt), changed: true };
  }
  const fresh = newReceipt();
  tx.update(openBallots)
    .set({ choices, receiptHash: hashReceipt(fresh), updatedAt: new Date() })
    .where(and(eq(openBallots.roundId, round.id), eq(openBallots.voterId, actor.id)))
    .run();
  recordAudit(tx, {
    actorId: actor.id,
    action: 'votingRound.ballotChanged',
    entityType: 'votingRound',
    entityId: round.id,
    changes: { choices },
  });
  return { receipt: fresh, changed: true };
}
