/** Voting rounds: created, moved through draft → open → closed → published, ties broken or run off. */
import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { awards, committeeMembers, users, votingRounds, type VotingRound } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { localizedPath } from '@/lib/i18n/routing';
import { enqueueEmail } from '@/lib/mail/mutations';
import { awardStaff, committeeSeats, countRound, getCategory, getRound, roundCandidates } from '../data';
import { ballotOpenEmail } from '../emails';
import { awardError } from '../errors';
import { canManageAward, canPublishResults, canRunRounds } from '../permissions';
import type { RoundInput } from '../schema';
import { windowPosition } from '../voting-window';
import { loadAward, type Who } from './awards';
import { addBallotSlots } from './slots';

function loadRoundForChange(
  tx: Tx,
  roundId: number,
  actor: Who,
  allowed: typeof canRunRounds = canRunRounds,
): VotingRound {
  const round = getRound(roundId, tx);
  if (!round) throw new AppError('notFound');
  if (!allowed(actor, awardStaff(round.awardId, tx))) throw new AppError('forbidden');
  return round;
}

export function createRound(input: RoundInput, actor: Who, candidateIds: number[] | null = null): number {
  if (input.quorumNumerator > input.quorumDenominator) throw awardError('fraction', { field: 'quorumNumerator' });
  if (input.thresholdNumerator > input.thresholdDenominator)
    throw awardError('fraction', { field: 'thresholdNumerator' });
  return db.transaction((tx) => {
    loadAward(tx, input.awardId);
    if (!canRunRounds(actor, awardStaff(input.awardId, tx))) throw new AppError('forbidden');
    const category = getCategory(input.categoryId, tx);
    if (!category || category.awardId !== input.awardId) throw new AppError('notFound', { field: 'categoryId' });
    const { id } = tx
      .insert(votingRounds)
      .values({ ...input, candidateIds })
      .returning({ id: votingRounds.id })
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'votingRound.create',
      entityType: 'votingRound',
      entityId: id,
      changes: { ...input, candidateIds },
    });
    return id;
  }, IMMEDIATE);
}

const transitions = {
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  publish: { from: ['closed'], to: 'published' },
} as const;
export type RoundTransition = keyof typeof transitions;

/**
 * `origin` is where links in the ballot-open emails point. Starting a round outside the
 * award's voting window is refused with the window named, since members could not vote
 * (see lib/awards/voting-window.ts); before the window, an organizer may ask to move its
 * start to now (`moveVotingWindow`, confirmed in the page) and start in the same step.
 */
export function changeRoundStatus(
  roundId: number,
  transition: RoundTransition,
  actor: Who,
  now = new Date(),
  origin = 'http://localhost:3000',
  options: { moveVotingWindow?: boolean } = {},
): VotingRound & { votingWindowMoved?: boolean } {
  return db.transaction((tx) => {
    const round = loadRoundForChange(tx, roundId, actor, transition === 'publish' ? canPublishResults : canRunRounds);
    const rule = transitions[transition];
    if (!(rule.from as readonly string[]).includes(round.status)) throw awardError('roundStatus');
    if (transition === 'open' && roundCandidates(round, tx).length === 0) throw awardError('noCandidates');
    let results:
      | { ballotsCast: number; nominations: { nominationId: number; votes: number; points: number; outcome: string }[] }
      | undefined;
    let votingWindowMoved = false;
    if (transition === 'open') {
      const award = loadAward(tx, round.awardId);
      const position = windowPosition(award, now);
      const window = { opens: award.votingOpensAt.getTime(), closes: award.votingClosesAt.getTime() };
      if (position === 'after') throw awardError('votingWindowOver', { values: window });
      if (position === 'before') {
        if (!options.moveVotingWindow) throw awardError('votingWindowAhead', { values: window });
        // The window belongs to the award, which only its managers edit.
        if (!canManageAward(actor, awardStaff(round.awardId, tx))) throw new AppError('forbidden');
        tx.update(awards).set({ votingOpensAt: now }).where(eq(awards.id, award.id)).run();
        recordAudit(tx, {
          actorId: actor.id,
          action: 'award.update',
          entityType: 'award',
          entityId: award.id,
          changes: { votingOpensAt: [award.votingOpensAt, now] },
        });
        votingWindowMoved = true;
      }
    }
    if (transition === 'publish') {
      // A tie the rule has not settled yet is not a result to announce.
      const category = getCategory(round.categoryId, tx)!;
      const count = countRound(round, category.winners, tx);
      if (count.tiedIds.length > 0) throw awardError('roundStatus');
      // The published result goes into the audit chain: its event is the anchor (decision 0012).
      results = {
        ballotsCast: count.ballotsCast,
        nominations: count.nominations.map((n) => ({
          nominationId: n.nominationId,
          votes: n.votes,
          points: n.points,
          outcome: n.outcome,
        })),
      };
    }
    const values = {
      status: rule.to,
      ...(transition === 'open' ? { opensAt: now } : {}),
      ...(transition === 'close' ? { closesAt: now } : {}),
      ...(transition === 'publish' ? { publishedAt: now } : {}),
    };
    tx.update(votingRounds).set(values).where(eq(votingRounds.id, roundId)).run();
    if (transition === 'open') {
      if (round.secret) addBallotSlots(tx, round, committeeSeats(round.awardId, tx).length);
      const award = loadAward(tx, round.awardId);
      const members = tx
        .select({ name: users.name, email: users.email, locale: users.locale })
        .from(committeeMembers)
        .innerJoin(users, eq(users.id, committeeMembers.userId))
        .where(eq(committeeMembers.awardId, round.awardId))
        .all();
      for (const member of members) {
        const link = `${origin}${localizedPath(`/awards/${award.id}/rounds/${round.id}`, member.locale)}`;
        enqueueEmail(
          tx,
          ballotOpenEmail(
            {
              name: round.name,
              awardName: award.name,
              awardNameEn: award.nameEn,
              cycleYear: award.cycleYear,
              closesAt: award.votingClosesAt,
            },
            member,
            link,
          ),
        );
      }
    }
    recordAudit(tx, {
      actorId: actor.id,
      action: `votingRound.${transition}`,
      entityType: 'votingRound',
      entityId: roundId,
      changes: { status: [round.status, rule.to], ...(results ? { results } : {}) },
    });
    return { ...round, ...values, votingWindowMoved };
  }, IMMEDIATE);
}

/** The chair settles a tie (when the round's tie rule says so) by naming as many of the tied as there are seats left. */
export function castDecidingVote(roundId: number, nominationIds: number[], actor: Who): void {
  db.transaction((tx) => {
    const round = loadRoundForChange(tx, roundId, actor, canPublishResults);
    if (round.status !== 'closed' || round.tieRule !== 'chair') throw awardError('roundStatus');
    const category = getCategory(round.categoryId, tx)!;
    const result = countRound(round, category.winners, tx);
    const open = category.winners - result.nominations.filter((n) => n.outcome === 'elected').length;
    if (
      result.tiedIds.length === 0 ||
      nominationIds.length !== open ||
      nominationIds.some((id) => !result.tiedIds.includes(id))
    )
      throw awardError('notTied');
    tx.update(votingRounds).set({ castingVoteIds: nominationIds }).where(eq(votingRounds.id, roundId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'votingRound.castingVote',
      entityType: 'votingRound',
      entityId: roundId,
      changes: { castingVoteIds: nominationIds },
    });
  }, IMMEDIATE);
}

/** A runoff between the nominations tied in a closed round, with the same rules. */
export function createRunoff(roundId: number, actor: Who): number {
  const round = db.transaction((tx) => loadRoundForChange(tx, roundId, actor));
  const category = getCategory(round.categoryId)!;
  const result = countRound(round, category.winners);
  if (round.status === 'draft' || round.status === 'open' || !result.needsRunoff) throw awardError('notTied');
  const {
    id: _id,
    status: _s,
    opensAt: _o,
    closesAt: _c,
    publishedAt: _p,
    createdAt: _ca,
    candidateIds: _ci,
    castingVoteIds: _cv,
    ...rules
  } = round;
  return createRound({ ...rules, name: `${round.name} (runoff)` }, actor, result.tiedIds);
}
