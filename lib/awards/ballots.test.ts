import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  auditEvents,
  openBallots,
  outboxEmails,
  recusals,
  registrationCategories,
  registrations,
  roundParticipations,
  secretBallots,
  votingRounds,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import { accessTokenColumns } from '@/lib/registrations/access-token';
import { approve, makeAwardWithRound } from '@/test/awards';
import { code } from '@/test/errors';
import { makeUser } from '@/test/factories';
import { makeRegistrableMeeting } from '@/test/meetings';
import { decodeChoices } from './ballot-slots';
import { getRoundResults, receiptRecorded } from './data';
import { appointCommitteeMember, castBallot, changeRoundStatus, declareConflict, screenNomination } from './mutations';

const count = (table: typeof roundParticipations | typeof openBallots) => db.select().from(table).all().length;
// A secret round's ballots are its filled slots; the empty ones were placed when it opened.
const filledSlots = () => db.select().from(secretBallots).where(eq(secretBallots.filled, true)).all().length;
const snapshot = () => [
  count(roundParticipations),
  filledSlots(),
  count(openBallots),
  db.select().from(recusals).all().length,
];

describe('ballots', () => {
  it('50 simultaneous submissions from one member leave one ballot', async () => {
    const award = makeAwardWithRound();
    award.open();
    const before = snapshot();
    const member = award.committee[1]!;
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        Promise.resolve().then(() => {
          try {
            return castBallot(approve(award.roundId, award.nominationIds[0]!), member).receipt;
          } catch (error) {
            return error instanceof AppError ? error.code : 'crash';
          }
        }),
      ),
    );
    expect(outcomes.filter((o) => o === 'awards.errors.alreadyVoted')).toHaveLength(49);
    const after = snapshot();
    expect([after[0]! - before[0]!, after[1]! - before[1]!]).toEqual([1, 1]);
  });

  it('refuses bad ballots and writes nothing', () => {
    const award = makeAwardWithRound({ maxChoices: 1 });
    const member = award.committee[2]!;
    const [a, b] = award.nominationIds as [number, number];
    expect(code(() => castBallot(approve(award.roundId, a), member))).toBe('awards.errors.votingClosed'); // still a draft
    award.open();
    declareConflict(award.roundId, b, member);
    const before = snapshot();
    const outsider = makeUser();
    expect(code(() => castBallot(approve(award.roundId, a), outsider))).toBe('awards.errors.notCommittee');
    expect(code(() => castBallot(approve(award.roundId, a, b), member))).toBe('awards.errors.tooManyChoices');
    expect(code(() => castBallot(approve(award.roundId, b), member))).toBe('awards.errors.recusedChoice');
    expect(code(() => castBallot(approve(award.roundId, 999_999), member))).toBe('awards.errors.notACandidate');
    expect(code(() => castBallot(approve(999_999, a), member))).toBe('notFound');
    expect(code(() => castBallot(approve(award.roundId, a), member, new Date('2100-01-01T00:00:00Z')))).toBe(
      'awards.errors.votingClosed',
    );
    // An ineligible nomination is not on the ballot.
    screenNomination(
      { nominationId: a, status: 'ineligible', reason: '不在本街道', shortlisted: false },
      award.organizer,
    );
    expect(code(() => castBallot(approve(award.roundId, a), member))).toBe('awards.errors.notACandidate');
    expect(snapshot()).toEqual(before);
  });

  it('ranked ballots need ranks 1…k, each once', () => {
    const award = makeAwardWithRound({ method: 'ranked', maxChoices: 3, secret: false });
    award.open();
    const member = award.committee[1]!;
    const [a, b, c] = award.nominationIds as [number, number, number];
    const ranks = (pairs: [number, number][]) => ({
      roundId: award.roundId,
      approvals: [],
      ranks: pairs.map(([nominationId, r]) => ({ nominationId, rank: r })),
      receipt: null,
    });
    expect(
      code(() =>
        castBallot(
          ranks([
            [a, 1],
            [b, 1],
          ]),
          member,
        ),
      ),
    ).toBe('awards.errors.duplicateRank');
    expect(
      code(() =>
        castBallot(
          ranks([
            [a, 1],
            [b, 3],
          ]),
          member,
        ),
      ),
    ).toBe('awards.errors.rankGap');
    castBallot(
      ranks([
        [c, 1],
        [a, 2],
      ]),
      member,
    );
    expect(db.select().from(openBallots).where(eq(openBallots.roundId, award.roundId)).get()?.choices).toEqual([c, a]);
  });

  it('a secret ballot can be changed only with its receipt, when the round allows it', () => {
    const award = makeAwardWithRound({ allowChanges: true });
    award.open();
    const member = award.committee[1]!;
    const [a, b] = award.nominationIds as [number, number];
    const { receipt } = castBallot(approve(award.roundId, a), member);
    expect(receiptRecorded(award.roundId, receipt)).toBe(true);
    expect(code(() => castBallot(approve(award.roundId, b), member))).toBe('awards.errors.receiptNeeded');
    expect(code(() => castBallot({ ...approve(award.roundId, b), receipt: 'WRONG-CODE' }, member))).toBe(
      'awards.errors.receiptUnknown',
    );
    castBallot({ ...approve(award.roundId, b), receipt }, member);
    const slots = db.select().from(secretBallots).where(eq(secretBallots.roundId, award.roundId)).all();
    expect(slots.filter((slot) => slot.filled).map((slot) => decodeChoices(slot.choices))).toEqual([[b]]);
    // The change rewrote the same slot in place: still one slot per committee member.
    expect(slots).toHaveLength(award.committee.length);
    expect(count(roundParticipations)).toBeGreaterThan(0);
  });

  it("a conflict of interest lowers that nomination's eligible count", () => {
    const award = makeAwardWithRound({ committee: 4 });
    award.open();
    const [a] = award.nominationIds as [number];
    declareConflict(award.roundId, a, award.committee[3]!);
    for (const member of award.committee.slice(0, 3)) castBallot(approve(award.roundId, a), member);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    const row = getRoundResults(award.roundId, award.organizer).tally.nominations.find((n) => n.nominationId === a);
    expect(row).toMatchObject({ eligible: 3, recused: 1, voted: 3, votes: 3, outcome: 'elected' });
  });
});

describe('presence', () => {
  it('a round held during a meeting counts only the committee members checked in there', () => {
    const award = makeAwardWithRound({ committee: 3 });
    const meeting = makeRegistrableMeeting(award.organizer, { capacity: '10' });
    const category = db
      .select()
      .from(registrationCategories)
      .where(eq(registrationCategories.meetingId, meeting.id))
      .get()!;
    award.committee.slice(0, 2).forEach((member, index) => {
      db.insert(registrations)
        .values({
          meetingId: meeting.id,
          categoryId: category.id,
          userId: member.id,
          name: member.name,
          email: member.email,
          status: 'confirmed',
          ticketCode: `T${index}${Date.now()}`,
          ...accessTokenColumns(`a${index}${Date.now()}`),
          checkedInAt: index === 0 ? new Date() : null,
        })
        .run();
    });
    db.update(votingRounds).set({ presenceMeetingId: meeting.id }).where(eq(votingRounds.id, award.roundId)).run();
    award.open();
    castBallot(approve(award.roundId, award.nominationIds[0]!), award.committee[0]!);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    // One member checked in (the other registered but not at the door, the third absent): quorum of 1.
    const row = getRoundResults(award.roundId, award.organizer).tally.nominations[0]!;
    expect(row).toMatchObject({ eligible: 1, voted: 1, quorumNeeded: 1, quorumMet: true, outcome: 'elected' });
  });
});

describe('secret rounds', () => {
  it('store nothing that links a voter to their choices', () => {
    const award = makeAwardWithRound({ committee: 7, nominees: 3 });
    award.open();
    const order = award.committee.map((member, index) => {
      const choice = award.nominationIds[index % 3]!;
      const { receipt } = castBallot(approve(award.roundId, choice), member);
      return { voterId: member.id, choice, receipt };
    });
    const sqlite = db.$client;
    // The contents table has no voter and no time; its rowid is the random slot number.
    const columns = (sqlite.prepare('pragma table_info(secret_ballots)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.sort()).toEqual(['choices', 'filled', 'receipt_hash', 'round_id', 'slot', 'stir']);
    // No index covers a column a ballot changes (a rewritten index entry would move in its page).
    const indexed = (
      sqlite.prepare("select name from pragma_index_list('secret_ballots')").all() as { name: string }[]
    ).flatMap((i) =>
      (sqlite.prepare('select name from pragma_index_info(?)').all(i.name) as { name: string }[]).map((c) => c.name),
    );
    expect(indexed).toEqual(['round_id']);
    // The participation table names voters but holds nothing of the ballot.
    const participationColumns = (
      sqlite.prepare('pragma table_info(round_participations)').all() as { name: string }[]
    ).map((c) => c.name);
    expect(participationColumns.sort()).toEqual(['round_id', 'voter_id']);
    // Physical order is covered by secret-ballot-forensics.test.ts; here, the contents.
    const stored = sqlite
      .prepare('select receipt_hash as hash, choices from secret_ballots where round_id = ? and filled = 1')
      .all(award.roundId) as { hash: string; choices: string }[];
    expect(stored).toHaveLength(7);
    // No receipt and no choice reaches any other table: the audit log records the round only.
    // Opening the round told each of the seven members, in their language, where to vote.
    expect(
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter(
          (mail) =>
            mail.topic === 'award.ballotOpen' && mail.text.includes(`/awards/${award.awardId}/rounds/${award.roundId}`),
        ),
    ).toHaveLength(7);
    const ballotEvents = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'votingRound.ballot'))
      .all()
      .filter((e) => e.entityId === award.roundId);
    expect(ballotEvents).toHaveLength(7);
    expect(ballotEvents.every((e) => e.changes === null)).toBe(true);
    const dump = JSON.stringify(
      sqlite
        .prepare("select name from sqlite_master where type = 'table' and name <> 'secret_ballots'")
        .all()
        .flatMap((t) => sqlite.prepare(`select * from "${(t as { name: string }).name}"`).all()),
    );
    for (const { receipt } of order) expect(dump).not.toContain(receipt);
    for (const row of stored) expect(dump).not.toContain(row.hash);
    // Yet the voter can prove the ballot was recorded, and the count is right.
    for (const { receipt } of order) expect(receiptRecorded(award.roundId, receipt)).toBe(true);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    const votes = getRoundResults(award.roundId, award.organizer).tally.nominations.map((n) => n.votes);
    expect(votes).toEqual([3, 2, 2]);
  });
});

describe('secret ballot slots', () => {
  const slotsOf = (roundId: number) => db.select().from(secretBallots).where(eq(secretBallots.roundId, roundId)).all();

  it('are one per committee member from the moment the round opens, plus one for a member appointed while it is open', () => {
    const award = makeAwardWithRound({ committee: 3 });
    const [a, b] = award.nominationIds as [number, number];
    expect(slotsOf(award.roundId)).toHaveLength(0); // a draft has none
    award.open();
    expect(slotsOf(award.roundId).map((slot) => slot.filled)).toEqual([false, false, false]);
    for (const member of award.committee) castBallot(approve(award.roundId, a), member);
    const late = makeUser();
    appointCommitteeMember(award.awardId, late.id, 'member', award.organizer);
    expect(slotsOf(award.roundId)).toHaveLength(4);
    castBallot(approve(award.roundId, b), late);
    const slots = slotsOf(award.roundId);
    expect(slots.filter((slot) => slot.filled)).toHaveLength(4);
    // Filled or empty, every slot of the round is the same size.
    expect(
      new Set(slots.map((slot) => `${slot.receiptHash.length}:${slot.choices.length}:${slot.stir.length}`)).size,
    ).toBe(1);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    expect(
      getRoundResults(award.roundId, award.organizer).tally.nominations.map((n) => [n.nominationId, n.votes]),
    ).toEqual([
      [a, 3],
      [b, 1],
      [award.nominationIds[2], 0],
    ]);
  });

  it('are added, a committee at a time, when a round has none left (a round opened before slots existed)', () => {
    const award = makeAwardWithRound({ committee: 3 });
    award.open();
    db.delete(secretBallots).where(eq(secretBallots.roundId, award.roundId)).run();
    const { receipt } = castBallot(approve(award.roundId, award.nominationIds[0]!), award.committee[0]!);
    expect(
      slotsOf(award.roundId)
        .map((slot) => slot.filled)
        .sort(),
    ).toEqual([false, false, true]);
    expect(receiptRecorded(award.roundId, receipt)).toBe(true);
  });
});
