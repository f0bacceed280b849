import crypto from 'node:crypto';
import { and, asc, count, eq, max, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { agendaItems, awardCategories, awardManagers, awards, ceremonyAwards, ceremonyReveals, committeeMembers, meetings, nominations, openBallots, recusals, roundParticipations, secretBallots, users, votingRounds, type Award, type VotingRound } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { forgetWalHistory } from '@/db/wal';
import type { Actor } from '@/lib/auth/permissions';
import { diff, recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { localizedPath } from '@/lib/i18n/routing';
import { enqueueEmail } from '@/lib/mail/mutations';
import { receiptAllowed } from '@/lib/limits/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { hashToken, newLinkToken } from '@/lib/registrations/tokens';
import { awardManagerIds, awardStaff, ceremonyWinnersByItem, committeeSeats, countRound, findDuplicate, getAward, getCategory, getRound, roundCandidates } from './data';
import { emptySlot, encodeChoices, slotNumbers } from './ballot-slots';
import { ballotOpenEmail, nominationReceiptEmail } from './emails';
import { awardError } from './errors';
import { canCreateAwards, canManageAward, canPublishResults, canRunRounds, canScreen, canVote } from './permissions';
import { hashReceipt, newReceipt, normalizeReceipt } from './receipts';
import type { AwardInput, BallotInput, CategoryInput, NominationInput, RoundInput } from './schema';
import { ballotProblem } from './tally';
import { ballotAvailability, windowPosition } from './voting-window';

type Who = NonNullable<Actor>;

function loadAward(tx: Tx, awardId: number): Award {
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

/**
 * Links an agenda item to the awards it presents, in this order (an empty list unlinks).
 * A forged award id is refused beside the field. Returns the earlier list when it changed.
 */
export function setCeremonyAwards(tx: Tx, agendaItemId: number, awardIds: readonly number[]): number[] | null {
  const wanted = [...new Set(awardIds)];
  for (const awardId of wanted) if (!getAward(awardId, tx)) throw new AppError('notFound', { field: 'awardIds' });
  const before = tx
    .select({ awardId: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .where(eq(ceremonyAwards.agendaItemId, agendaItemId))
    .orderBy(asc(ceremonyAwards.position))
    .all()
    .map((row) => row.awardId);
  if (before.length === wanted.length && before.every((awardId, index) => awardId === wanted[index])) return null;
  tx.delete(ceremonyAwards).where(eq(ceremonyAwards.agendaItemId, agendaItemId)).run();
  wanted.forEach((awardId, index) => tx.insert(ceremonyAwards).values({ agendaItemId, awardId, position: index + 1 }).run());
  return before;
}

// ——— awards, categories, committee ———

export function createAward(input: AwardInput, actor: Who): number {
  if (!canCreateAwards(actor)) throw new AppError('forbidden');
  return db.transaction((tx) => {
    if (tx.select({ id: awards.id }).from(awards).where(and(eq(awards.name, input.name), eq(awards.cycleYear, input.cycleYear))).get()) throw awardError('nameTaken', { field: 'name' });
    const { id } = tx.insert(awards).values({ ...input, createdById: actor.id }).returning({ id: awards.id }).get();
    tx.insert(awardManagers).values({ awardId: id, userId: actor.id }).run();
    recordAudit(tx, { actorId: actor.id, action: 'award.create', entityType: 'award', entityId: id, changes: input });
    return id;
  }, IMMEDIATE);
}

export function updateAward(awardId: number, input: AwardInput, actor: Who): void {
  db.transaction((tx) => {
    const before = loadManagedAward(tx, awardId, actor);
    const clash = tx.select({ id: awards.id }).from(awards).where(and(eq(awards.name, input.name), eq(awards.cycleYear, input.cycleYear))).get();
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
    if (tx.select({ id: awardCategories.id }).from(awardCategories).where(and(eq(awardCategories.awardId, input.awardId), eq(awardCategories.name, input.name))).get()) throw awardError('nameTaken', { field: 'name' });
    const last = tx.select({ p: max(awardCategories.position) }).from(awardCategories).where(eq(awardCategories.awardId, input.awardId)).get()?.p ?? 0;
    const { id } = tx.insert(awardCategories).values({ ...input, position: last + 1 }).returning({ id: awardCategories.id }).get();
    recordAudit(tx, { actorId: actor.id, action: 'award.addCategory', entityType: 'award', entityId: input.awardId, changes: { categoryId: id, ...input } });
    return id;
  }, IMMEDIATE);
}

export function removeCategory(categoryId: number, actor: Who): void {
  db.transaction((tx) => {
    const category = getCategory(categoryId, tx);
    if (!category) throw new AppError('notFound');
    loadManagedAward(tx, category.awardId, actor);
    // Nominations and rounds are history: a category that has them stays.
    if (tx.select({ id: nominations.id }).from(nominations).where(eq(nominations.categoryId, categoryId)).get()) throw awardError('categoryInUse');
    if (tx.select({ id: votingRounds.id }).from(votingRounds).where(eq(votingRounds.categoryId, categoryId)).get()) throw awardError('categoryInUse');
    tx.delete(awardCategories).where(eq(awardCategories.id, categoryId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'award.removeCategory', entityType: 'award', entityId: category.awardId, changes: { categoryId, name: category.name } });
  }, IMMEDIATE);
}

export function appointCommitteeMember(awardId: number, userId: number, role: 'chair' | 'member', actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const person = tx.select({ id: users.id, archivedAt: users.archivedAt }).from(users).where(eq(users.id, userId)).get();
    if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
    const seats = committeeSeats(awardId, tx);
    if (seats.some((s) => s.userId === userId)) throw awardError('alreadyInCommittee', { field: 'userId' });
    if (role === 'chair' && seats.some((s) => s.role === 'chair')) throw awardError('chairTaken', { field: 'role' });
    tx.insert(committeeMembers).values({ awardId, userId, role }).run();
    // A member who joins while a secret round is open can vote in it: one more empty slot each.
    const openSecret = tx.select().from(votingRounds).where(and(eq(votingRounds.awardId, awardId), eq(votingRounds.status, 'open'), eq(votingRounds.secret, true))).all();
    for (const round of openSecret) addBallotSlots(tx, round, 1);
    recordAudit(tx, { actorId: actor.id, action: 'award.appoint', entityType: 'award', entityId: awardId, changes: { userId, role } });
  }, IMMEDIATE);
}

export function removeCommitteeMember(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const removed = tx.delete(committeeMembers).where(and(eq(committeeMembers.awardId, awardId), eq(committeeMembers.userId, userId))).run();
    if (removed.changes === 0) throw new AppError('notFound');
    recordAudit(tx, { actorId: actor.id, action: 'award.dismiss', entityType: 'award', entityId: awardId, changes: { userId } });
  }, IMMEDIATE);
}

// ——— managers (decision 0014) ———

export function addAwardManager(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const person = tx.select({ id: users.id, archivedAt: users.archivedAt, role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!person || person.archivedAt) throw new AppError('notFound', { field: 'userId' });
    // Managing happens on the organizer pages, which need the site role.
    if (person.role === 'member') throw new AppError('managerNeedsRole', { field: 'userId' });
    const inserted = tx.insert(awardManagers).values({ awardId, userId }).onConflictDoNothing().run();
    if (inserted.changes === 0) throw new AppError('alreadyManager', { field: 'userId' });
    recordAudit(tx, { actorId: actor.id, action: 'award.addManager', entityType: 'award', entityId: awardId, changes: { userId } });
  }, IMMEDIATE);
}

export function removeAwardManager(awardId: number, userId: number, actor: Who): void {
  db.transaction((tx) => {
    loadManagedAward(tx, awardId, actor);
    const remaining = tx.select({ n: count() }).from(awardManagers).where(and(eq(awardManagers.awardId, awardId), ne(awardManagers.userId, userId))).get()?.n ?? 0;
    // Someone must be left who can run the award without calling an admin.
    if (remaining === 0) throw new AppError('lastManager');
    const removed = tx.delete(awardManagers).where(and(eq(awardManagers.awardId, awardId), eq(awardManagers.userId, userId))).run();
    if (removed.changes === 0) throw new AppError('notFound');
    recordAudit(tx, { actorId: actor.id, action: 'award.removeManager', entityType: 'award', entityId: awardId, changes: { userId } });
  }, IMMEDIATE);
}

// ——— nominations ———

export type NominationContext = { now: Date; origin: string; locale: string; photoPath?: string | null; ip?: string | null };

/** A nomination from a member (as themselves) or, when the award allows it, from the public. Returns the private edit token. */
export function submitNomination(input: NominationInput, actor: Actor, context: NominationContext): { id: number; editToken: string } {
  const editToken = newLinkToken();
  return db.transaction((tx) => {
    const category = getCategory(input.categoryId, tx);
    if (!category) throw new AppError('notFound', { field: 'categoryId' });
    const award = loadAward(tx, category.awardId);
    if (context.now < award.nominationsOpenAt || context.now >= award.nominationsCloseAt) throw awardError('nominationsClosed');
    let nominator: { id: number | null; name: string; email: string };
    if (actor) {
      const me = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id)).get();
      if (!me) throw new AppError('notSignedIn');
      nominator = { id: actor.id, name: me.name, email: me.email };
    } else {
      if (!award.publicNominations) throw awardError('nominationsNotPublic');
      if (!input.nominatorName) throw awardError('nominatorNeeded', { field: 'nominatorName' });
      if (!input.nominatorEmail) throw awardError('nominatorNeeded', { field: 'nominatorEmail' });
      nominator = { id: null, name: input.nominatorName, email: input.nominatorEmail };
    }
    const duplicateOfId = findDuplicate(tx, category.id, input.nomineeNames);
    const { id } = tx
      .insert(nominations)
      .values({
        categoryId: category.id,
        kind: input.kind,
        nomineeNames: input.nomineeNames,
        organization: input.organization,
        citation: input.citation,
        photoPath: context.photoPath ?? null,
        nominatorId: nominator.id,
        nominatorName: nominator.name,
        nominatorEmail: nominator.email,
        locale: context.locale,
        editTokenHash: hashToken(editToken),
        duplicateOfId,
      })
      .returning({ id: nominations.id })
      .get();
    recordAudit(tx, { actorId: nominator.id, action: 'nomination.submit', entityType: 'nomination', entityId: id, changes: { categoryId: category.id, nomineeNames: input.nomineeNames, duplicateOfId } });
    // A public nominator types any address: receipts are limited per address and per client,
    // so the form cannot relay email. Past the limit the nomination still counts; the
    // nominator has the edit link on screen.
    if (actor || receiptAllowed(tx, nominator.email, context.ip ?? null, context.now)) enqueueEmail(tx, nominationReceiptEmail({ nomineeNames: input.nomineeNames, categoryName: category.name, categoryNameEn: category.nameEn, awardName: award.name, awardNameEn: award.nameEn, cycleYear: award.cycleYear, closesAt: award.nominationsCloseAt }, { name: nominator.name, email: nominator.email, locale: context.locale }, { url: `${context.origin}${localizedPath(`/nominations/${editToken}`, context.locale)}`, token: editToken }));
    return { id, editToken };
  }, IMMEDIATE);
}

/** The nominator edits (by their private link) until the nomination window closes and while it is still unscreened. */
export function editNomination(editToken: string, input: NominationInput, context: NominationContext): void {
  db.transaction((tx) => {
    const before = tx.select().from(nominations).where(eq(nominations.editTokenHash, hashToken(editToken))).get();
    if (!before) throw new AppError('notFound');
    const category = getCategory(before.categoryId, tx)!;
    const award = loadAward(tx, category.awardId);
    if (context.now >= award.nominationsCloseAt || before.status !== 'submitted') throw awardError('notEditable');
    const values = {
      kind: input.kind,
      nomineeNames: input.nomineeNames,
      organization: input.organization,
      citation: input.citation,
      ...(context.photoPath ? { photoPath: context.photoPath } : {}),
      duplicateOfId: findDuplicate(tx, category.id, input.nomineeNames, before.id),
    };
    const changes = diff(before, values);
    if (Object.keys(changes).length === 0) return;
    tx.update(nominations).set({ ...values, updatedAt: context.now }).where(eq(nominations.id, before.id)).run();
    recordAudit(tx, { actorId: before.nominatorId, action: 'nomination.edit', entityType: 'nomination', entityId: before.id, changes });
  }, IMMEDIATE);
}

export function screenNomination(
  input: { nominationId: number; status: 'submitted' | 'eligible' | 'ineligible' | 'withdrawn'; reason: string | null; shortlisted: boolean },
  actor: Who,
): void {
  db.transaction((tx) => {
    const before = tx.select().from(nominations).where(eq(nominations.id, input.nominationId)).get();
    if (!before) throw new AppError('notFound');
    const category = getCategory(before.categoryId, tx)!;
    if (!canScreen(actor, awardStaff(category.awardId, tx))) throw new AppError('forbidden');
    if (input.status === 'ineligible' && !input.reason) throw awardError('reasonRequired', { field: 'reason' });
    const values = {
      status: input.status,
      ineligibleReason: input.status === 'ineligible' ? input.reason : null,
      // Only an eligible nomination can be on the shortlist.
      shortlisted: input.status === 'eligible' && input.shortlisted,
    };
    const changes = diff(before, values);
    if (Object.keys(changes).length === 0) return;
    tx.update(nominations).set({ ...values, updatedAt: new Date() }).where(eq(nominations.id, before.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'nomination.screen', entityType: 'nomination', entityId: before.id, changes });
  }, IMMEDIATE);
}

// ——— rounds ———

function loadRoundForChange(tx: Tx, roundId: number, actor: Who, allowed: typeof canRunRounds = canRunRounds): VotingRound {
  const round = getRound(roundId, tx);
  if (!round) throw new AppError('notFound');
  if (!allowed(actor, awardStaff(round.awardId, tx))) throw new AppError('forbidden');
  return round;
}

export function createRound(input: RoundInput, actor: Who, candidateIds: number[] | null = null): number {
  if (input.quorumNumerator > input.quorumDenominator) throw awardError('fraction', { field: 'quorumNumerator' });
  if (input.thresholdNumerator > input.thresholdDenominator) throw awardError('fraction', { field: 'thresholdNumerator' });
  return db.transaction((tx) => {
    loadAward(tx, input.awardId);
    if (!canRunRounds(actor, awardStaff(input.awardId, tx))) throw new AppError('forbidden');
    const category = getCategory(input.categoryId, tx);
    if (!category || category.awardId !== input.awardId) throw new AppError('notFound', { field: 'categoryId' });
    const { id } = tx.insert(votingRounds).values({ ...input, candidateIds }).returning({ id: votingRounds.id }).get();
    recordAudit(tx, { actorId: actor.id, action: 'votingRound.create', entityType: 'votingRound', entityId: id, changes: { ...input, candidateIds } });
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
    let results: { ballotsCast: number; nominations: { nominationId: number; votes: number; points: number; outcome: string }[] } | undefined;
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
        recordAudit(tx, { actorId: actor.id, action: 'award.update', entityType: 'award', entityId: award.id, changes: { votingOpensAt: [award.votingOpensAt, now] } });
        votingWindowMoved = true;
      }
    }
    if (transition === 'publish') {
      // A tie the rule has not settled yet is not a result to announce.
      const category = getCategory(round.categoryId, tx)!;
      const count = countRound(round, category.winners, tx);
      if (count.tiedIds.length > 0) throw awardError('roundStatus');
      // The published result goes into the audit chain: its event is the anchor (decision 0012).
      results = { ballotsCast: count.ballotsCast, nominations: count.nominations.map((n) => ({ nominationId: n.nominationId, votes: n.votes, points: n.points, outcome: n.outcome })) };
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
      const members = tx.select({ name: users.name, email: users.email, locale: users.locale }).from(committeeMembers).innerJoin(users, eq(users.id, committeeMembers.userId)).where(eq(committeeMembers.awardId, round.awardId)).all();
      for (const member of members) {
        const link = `${origin}${localizedPath(`/awards/${award.id}/rounds/${round.id}`, member.locale)}`;
        enqueueEmail(tx, ballotOpenEmail({ name: round.name, awardName: award.name, awardNameEn: award.nameEn, cycleYear: award.cycleYear, closesAt: award.votingClosesAt }, member, link));
      }
    }
    recordAudit(tx, { actorId: actor.id, action: `votingRound.${transition}`, entityType: 'votingRound', entityId: roundId, changes: { status: [round.status, rule.to], ...(results ? { results } : {}) } });
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
    if (result.tiedIds.length === 0 || nominationIds.length !== open || nominationIds.some((id) => !result.tiedIds.includes(id))) throw awardError('notTied');
    tx.update(votingRounds).set({ castingVoteIds: nominationIds }).where(eq(votingRounds.id, roundId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'votingRound.castingVote', entityType: 'votingRound', entityId: roundId, changes: { castingVoteIds: nominationIds } });
  }, IMMEDIATE);
}

/** A runoff between the nominations tied in a closed round, with the same rules. */
export function createRunoff(roundId: number, actor: Who): number {
  const round = db.transaction((tx) => loadRoundForChange(tx, roundId, actor));
  const category = getCategory(round.categoryId)!;
  const result = countRound(round, category.winners);
  if (round.status === 'draft' || round.status === 'open' || !result.needsRunoff) throw awardError('notTied');
  const { id: _id, status: _s, opensAt: _o, closesAt: _c, publishedAt: _p, createdAt: _ca, candidateIds: _ci, castingVoteIds: _cv, ...rules } = round;
  return createRound({ ...rules, name: `${round.name} (runoff)` }, actor, result.tiedIds);
}

// ——— conflicts of interest and ballots ———

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
    const voted = tx.select({ v: roundParticipations.voterId }).from(roundParticipations).where(and(eq(roundParticipations.roundId, roundId), eq(roundParticipations.voterId, actor.id))).get();
    if (voted) throw awardError('alreadyVotedRecusal');
    tx.insert(recusals).values({ roundId, nominationId, voterId: actor.id }).onConflictDoNothing().run();
    recordAudit(tx, { actorId: actor.id, action: 'votingRound.recuse', entityType: 'votingRound', entityId: roundId, changes: { nominationId } });
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

    const participated = tx.insert(roundParticipations).values({ roundId: round.id, voterId: actor.id }).onConflictDoNothing().run().changes === 1;
    if (!participated) {
      if (!round.allowChanges) throw awardError('alreadyVoted');
      return { result: changeBallot(tx, round, actor, choices, input.receipt), secret: round.secret };
    }
    if (round.secret) {
      fillBallotSlot(tx, round, hashReceipt(receipt), choices);
    } else {
      tx.insert(openBallots).values({ roundId: round.id, voterId: actor.id, choices, receiptHash: hashReceipt(receipt), updatedAt: now }).run();
    }
    // The round only: never choices, receipt or slot, so the log cannot undo the secrecy.
    recordAudit(tx, { actorId: actor.id, action: 'votingRound.ballot', entityType: 'votingRound', entityId: round.id, changes: round.secret ? undefined : { choices } }, now);
    return { result: { receipt, changed: false }, secret: round.secret };
  }, IMMEDIATE);
  if (secret) forgetWalHistory(db.$client);
  return result;
}

/**
 * Puts `howMany` empty slots in a secret round: random slot numbers, inserted in random
 * order, each as long as a filled one will be. Done before the members it is for can
 * vote, so where a slot's bytes sit says nothing about who fills it.
 */
function addBallotSlots(tx: Tx, round: VotingRound, howMany: number): void {
  for (const slot of slotNumbers(howMany)) tx.insert(secretBallots).values({ slot, roundId: round.id, ...emptySlot(round.maxChoices), stir: crypto.randomBytes(8) }).run();
}

/** Writes a secret ballot over a random empty slot of its round, in place (same size, same key). */
function fillBallotSlot(tx: Tx, round: VotingRound, receiptHash: string, choices: number[]): void {
  const empty = () => tx.select({ slot: secretBallots.slot }).from(secretBallots).where(and(eq(secretBallots.roundId, round.id), eq(secretBallots.filled, false))).all();
  let free = empty();
  if (free.length === 0) {
    // Only when a round lacks slots (opened before slots existed and the committee grew since):
    // a whole committee's worth, so the ballot still lands among several empty slots.
    addBallotSlots(tx, round, Math.max(1, tx.select({ n: count() }).from(committeeMembers).where(eq(committeeMembers.awardId, round.awardId)).get()?.n ?? 0));
    free = empty();
  }
  // A random one: taking the first by slot number would hand out slots in key order.
  const { slot } = free[crypto.randomInt(free.length)]!;
  tx.update(secretBallots).set({ receiptHash, choices: encodeChoices(choices, round.maxChoices), filled: true }).where(eq(secretBallots.slot, slot)).run();
  stirSlots(tx, round.id);
}

/** Rewrites every slot of the round (same size): each ballot then changes every page of the round's slots alike. */
function stirSlots(tx: Tx, roundId: number): void {
  tx.update(secretBallots).set({ stir: sql`randomblob(8)` }).where(eq(secretBallots.roundId, roundId)).run();
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

function changeBallot(tx: Tx, round: VotingRound, actor: Who, choices: number[], receipt: string | null): BallotReceipt {
  if (round.secret) {
    // Only the voter holds the receipt; without it nobody can find their ballot.
    if (!receipt) throw awardError('receiptNeeded', { field: 'receipt' });
    const changed = tx
      .update(secretBallots)
      .set({ choices: encodeChoices(choices, round.maxChoices) })
      .where(and(eq(secretBallots.roundId, round.id), eq(secretBallots.receiptHash, hashReceipt(receipt)), eq(secretBallots.filled, true)))
      .run();
    if (changed.changes === 0) throw awardError('receiptUnknown', { field: 'receipt' });
    stirSlots(tx, round.id);
    recordAudit(tx, { actorId: actor.id, action: 'votingRound.ballotChanged', entityType: 'votingRound', entityId: round.id });
    return { receipt: normalizeReceipt(receipt), changed: true };
  }
  const fresh = newReceipt();
  tx.update(openBallots).set({ choices, receiptHash: hashReceipt(fresh), updatedAt: new Date() }).where(and(eq(openBallots.roundId, round.id), eq(openBallots.voterId, actor.id))).run();
  recordAudit(tx, { actorId: actor.id, action: 'votingRound.ballotChanged', entityType: 'votingRound', entityId: round.id, changes: { choices } });
  return { receipt: fresh, changed: true };
}

// ——— the ceremony ———

/**
 * Shows a published winner on the meeting's venue display (or clears it with null).
 * Only winners of an award linked to one of this meeting's ceremony items; the live
 * version moves so every display redraws (decision 0007).
 */
export function revealWinner(meetingId: number, nominationId: number | null, actor: Who, now = new Date()): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    if (nominationId === null) {
      tx.delete(ceremonyReveals).where(eq(ceremonyReveals.meetingId, meetingId)).run();
    } else {
      const items = tx.select({ id: agendaItems.id, kind: agendaItems.kind }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).all();
      const allowed = Object.values(ceremonyWinnersByItem(items, tx)).some((winners) => winners.some((w) => w.nominationId === nominationId));
      if (!allowed) throw new AppError('notFound');
      tx.insert(ceremonyReveals).values({ meetingId, nominationId, revealedAt: now }).onConflictDoUpdate({ target: ceremonyReveals.meetingId, set: { nominationId, revealedAt: now } }).run();
    }
    tx.update(meetings).set({ liveVersion: sql`${meetings.liveVersion} + 1` }).where(eq(meetings.id, meetingId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'meeting.live.reveal', entityType: 'meeting', entityId: meetingId, changes: { nominationId } }, now);
  }, IMMEDIATE);
}
