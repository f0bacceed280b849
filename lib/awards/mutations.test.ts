import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { accessTokenColumns } from '@/lib/registrations/access-token';
import {
  auditEvents,
  ceremonyAwards,
  nominations,
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
import { makeUser } from '@/test/factories';
import { makeAwardWithRound } from '@/test/awards';
import { makeRegistrableMeeting } from '@/test/meetings';
import { addAgendaItem, updateAgendaItem } from '@/lib/agenda/mutations';
import { agendaItem, makeMeeting } from '@/test/meetings';
import { decodeChoices } from './ballot-slots';
import { ceremonyWinnersByItem, getRoundResults, publishedWinners, receiptRecorded } from './data';
import {
  appointCommitteeMember,
  castBallot,
  castDecidingVote,
  changeRoundStatus,
  declareConflict,
  editNomination,
  screenNomination,
  submitNomination,
} from './mutations';
import { code } from '@/test/errors';

const approve = (roundId: number, ...ids: number[]) => ({ roundId, approvals: ids, ranks: [], receipt: null });
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

describe('results', () => {
  it('are refused before close, shown to the committee after, public once the chair publishes', () => {
    const award = makeAwardWithRound({ committee: 3 });
    award.open();
    const [a] = award.nominationIds as [number];
    for (const member of award.committee) castBallot(approve(award.roundId, a), member);
    expect(code(() => getRoundResults(award.roundId, award.organizer))).toBe('awards.errors.resultsHidden');
    changeRoundStatus(award.roundId, 'close', award.organizer);
    expect(code(() => getRoundResults(award.roundId, makeUser()))).toBe('awards.errors.resultsHidden');
    expect(code(() => getRoundResults(award.roundId, null))).toBe('awards.errors.resultsHidden');
    expect(code(() => changeRoundStatus(award.roundId, 'publish', award.committee[1]!))).toBe('forbidden');
    changeRoundStatus(award.roundId, 'publish', award.chair);
    expect(getRoundResults(award.roundId, null).tally.nominations[0]).toMatchObject({
      nominationId: a,
      outcome: 'elected',
    });
    expect(publishedWinners(award.awardId).map((w) => w.nomination.id)).toEqual([a]);
  });

  it("a tie waits for the chair's casting vote before it can be published", () => {
    const award = makeAwardWithRound({ committee: 2, tieRule: 'chair', maxChoices: 2 });
    award.open();
    const [a, b] = award.nominationIds as [number, number];
    for (const member of award.committee) castBallot(approve(award.roundId, a, b), member);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    expect(getRoundResults(award.roundId, award.chair).tally).toMatchObject({
      tiedIds: [a, b],
      awaitingCastingVote: true,
    });
    expect(code(() => changeRoundStatus(award.roundId, 'publish', award.chair))).toBe('awards.errors.roundStatus');
    expect(code(() => castDecidingVote(award.roundId, [a, b], award.chair))).toBe('awards.errors.notTied');
    expect(code(() => castDecidingVote(award.roundId, [b], award.committee[1]!))).toBe('forbidden');
    castDecidingVote(award.roundId, [b], award.chair);
    changeRoundStatus(award.roundId, 'publish', award.chair);
    expect(publishedWinners(award.awardId).map((w) => w.nomination.id)).toEqual([b]);
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

describe('messages', () => {
  it('name every refusal in both languages', async () => {
    const { awardError } = await import('./errors');
    for (const file of ['en', 'zh-CN']) {
      const messages = (await import(`@/messages/${file}.json`)).default as {
        awards: { errors: Record<string, string> };
      };
      for (const key of awardError.reasons) expect(messages.awards.errors[key], `${file} ${key}`).toBeTruthy();
    }
  });
});

describe('nominations', () => {
  it('flag a likely duplicate, send a receipt, and stay editable by link until screened', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const context = { now: new Date(), origin: 'http://localhost', locale: 'en' };
    const base = {
      categoryId: award.categoryId,
      kind: 'individual' as const,
      organization: null,
      citation: '捐款一万元',
      nominatorName: '王小明',
      nominatorEmail: 'wang@example.com',
    };
    const { id, editToken } = submitNomination({ ...base, nomineeNames: ' 候选人 1 ' }, null, context);
    const row = db.select().from(nominations).where(eq(nominations.id, id)).get()!;
    expect(row.duplicateOfId).toBe(award.nominationIds[0]);
    expect(row.nominatorId).toBeNull();
    const mail = db.select().from(outboxEmails).all().at(-1)!;
    expect(mail).toMatchObject({ to: 'wang@example.com', topic: 'nomination.receipt' });
    // The edit link rests masked in the outbox (finding 9); SMTP delivery puts it back (lib/mail/deliver.test.ts).
    expect(mail.text).toContain('http://localhost/en/nominations/[••••••]');
    expect(`${mail.text}${mail.html}`).not.toContain(editToken);
    editNomination(editToken, { ...base, nomineeNames: '赵某某' }, context);
    expect(db.select().from(nominations).where(eq(nominations.id, id)).get()).toMatchObject({
      nomineeNames: '赵某某',
      duplicateOfId: null,
    });
    expect(
      code(() =>
        screenNomination({ nominationId: id, status: 'ineligible', reason: null, shortlisted: false }, award.organizer),
      ),
    ).toBe('awards.errors.reasonRequired');
    expect(
      code(() =>
        screenNomination(
          { nominationId: id, status: 'eligible', reason: null, shortlisted: true },
          award.committee[1]!,
        ),
      ),
    ).toBe('forbidden');
    screenNomination({ nominationId: id, status: 'eligible', reason: null, shortlisted: true }, award.chair);
    expect(code(() => editNomination(editToken, { ...base, nomineeNames: '又改' }, context))).toBe(
      'awards.errors.notEditable',
    );
    expect(
      code(() =>
        submitNomination({ ...base, nomineeNames: 'x' }, null, { ...context, now: new Date('2100-01-02T00:00:00Z') }),
      ),
    ).toBe('awards.errors.nominationsClosed');
  });
});

describe('nomination receipts (issue 12, finding 8)', () => {
  it('go to one typed address at most three times an hour, and from one client at most ten; the nominations still count', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const receipts = (to: string) =>
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to === to && mail.topic === 'nomination.receipt').length;
    const context = { now: new Date(), origin: 'http://localhost', locale: 'zh-CN', ip: '203.0.113.50' };
    const base = {
      categoryId: award.categoryId,
      kind: 'individual' as const,
      organization: null,
      citation: '热心公益',
      nominatorName: '路人甲',
    };
    for (let i = 0; i < 5; i++)
      submitNomination({ ...base, nomineeNames: `被提名人${i}`, nominatorEmail: 'victim@example.com' }, null, context);
    expect(receipts('victim@example.com')).toBe(3);
    // Other addresses from the same client: every attempt counts for the client (5 so far), so five more go out.
    for (let i = 0; i < 8; i++)
      submitNomination({ ...base, nomineeNames: `候选${i}`, nominatorEmail: `other${i}@example.com` }, null, context);
    expect(
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to.startsWith('other')).length,
    ).toBe(5);
    expect(
      db
        .select()
        .from(nominations)
        .all()
        .filter((row) => row.nominatorName === '路人甲'),
    ).toHaveLength(13);
  });

  it('are limited per client: ten from one client to ten addresses, then none from it; another client is not held back', () => {
    const award = makeAwardWithRound({ nominees: 1 });
    const sentTo = (to: string) =>
      db
        .select()
        .from(outboxEmails)
        .all()
        .filter((mail) => mail.to === to && mail.topic === 'nomination.receipt').length;
    const nominate = (ip: string, email: string) =>
      submitNomination(
        {
          categoryId: award.categoryId,
          kind: 'individual',
          organization: null,
          citation: '热心公益',
          nominatorName: '路人乙',
          nomineeNames: `被提名人${email}`,
          nominatorEmail: email,
        },
        null,
        { now: new Date(), origin: 'http://localhost', locale: 'zh-CN', ip },
      );
    // Each address once (never the per-address limit): only the client's count decides.
    for (let i = 0; i < 12; i++) nominate('198.51.100.7', `relay${i}@example.net`);
    const sent = Array.from({ length: 12 }, (_, i) => sentTo(`relay${i}@example.net`));
    expect(sent).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    // A different client is counted on its own.
    nominate('198.51.100.8', 'neighbour@example.net');
    expect(sentTo('neighbour@example.net')).toBe(1);
    nominate('198.51.100.7', 'one-more@example.net');
    expect(sentTo('one-more@example.net')).toBe(0);
  });
});

describe('the ceremony', () => {
  /** An award whose round is published with its first nominee elected. */
  function publishedAward() {
    const award = makeAwardWithRound({ committee: 1 });
    award.open();
    castBallot(approve(award.roundId, award.nominationIds[0]!), award.chair);
    changeRoundStatus(award.roundId, 'close', award.organizer);
    changeRoundStatus(award.roundId, 'publish', award.chair);
    return award;
  }

  it('one award-ceremony item presents several awards, their winners in that order; a forged award saves nothing', () => {
    const first = publishedAward();
    const second = publishedAward();
    const meeting = makeMeeting(first.organizer);
    const before = db.select().from(ceremonyAwards).all().length;
    expect(
      code(() =>
        addAgendaItem(
          meeting.id,
          agendaItem({ kind: 'award_ceremony', awardIds: [first.awardId, 999_999] }),
          first.organizer,
        ),
      ),
    ).toBe('notFound');
    expect(db.select().from(ceremonyAwards).all()).toHaveLength(before);

    const itemId = addAgendaItem(
      meeting.id,
      agendaItem({ kind: 'award_ceremony', awardIds: [second.awardId, first.awardId] }),
      first.organizer,
    );
    const walkOn = () =>
      ceremonyWinnersByItem([{ id: itemId, kind: 'award_ceremony' }])[itemId]!.map((w) => w.nominationId);
    expect(walkOn()).toEqual([second.nominationIds[0], first.nominationIds[0]]);

    updateAgendaItem(itemId, agendaItem({ kind: 'award_ceremony', awardIds: [first.awardId] }), first.organizer);
    expect(walkOn()).toEqual([first.nominationIds[0]]);
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, 'agendaItem.update')).all().at(-1)!;
    expect(audit.changes).toMatchObject({ awardIds: [[second.awardId, first.awardId], [first.awardId]] });
  });
});
