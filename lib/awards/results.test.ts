import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditEvents, ceremonyAwards } from '@/db/schema';
import { addAgendaItem, updateAgendaItem } from '@/lib/agenda/mutations';
import { approve, makeAwardWithRound } from '@/test/awards';
import { code } from '@/test/errors';
import { makeUser } from '@/test/factories';
import { agendaItem, makeMeeting } from '@/test/meetings';
import { ceremonyWinnersByItem, getRoundResults, publishedWinners } from './data';
import { castBallot, castDecidingVote, changeRoundStatus } from './mutations';

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
