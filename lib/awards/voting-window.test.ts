import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { approve, makeAwardWithRound } from '@/test/awards';
import { code } from '@/test/errors';
import { getAward, getRound } from './data';
import { castBallot, changeRoundStatus } from './mutations';
import { ballotAvailability } from './voting-window';

// Issue 18: the organizer started a round ("投票已开始") while the award's voting window
// (test/awards.ts: 2020-01-01 00:00 to 2099-12-31 00:00, Shanghai) had not begun, and
// every member's ballot said "not open". Starting outside the window is now refused.

const beforeWindow = new Date('2019-06-01T02:00:00Z');
const afterWindow = new Date('2100-01-01T00:00:00Z');

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, values: error.values };
    throw error;
  }
  throw new Error('no refusal');
}

describe('what a committee member sees', () => {
  const window = { votingOpensAt: new Date('2020-01-01T00:00:00Z'), votingClosesAt: new Date('2020-02-01T00:00:00Z') };
  it('open only when the round is open and the window has begun and not ended', () => {
    const inside = new Date('2020-01-15T00:00:00Z');
    expect(ballotAvailability({ status: 'open' }, window, inside)).toBe('open');
    expect(ballotAvailability({ status: 'open' }, window, new Date('2019-12-31T23:59:59Z'))).toBe('beforeWindow');
    expect(ballotAvailability({ status: 'open' }, window, window.votingClosesAt)).toBe('afterWindow');
    expect(ballotAvailability({ status: 'draft' }, window, inside)).toBe('draft');
    expect(ballotAvailability({ status: 'closed' }, window, inside)).toBe('ended');
  });
});

describe('starting a round outside the voting window', () => {
  it('is refused before the window, naming it, and the round stays a draft', () => {
    const award = makeAwardWithRound();
    const { votingOpensAt, votingClosesAt } = getAward(award.awardId)!;
    expect(refusal(() => changeRoundStatus(award.roundId, 'open', award.organizer, beforeWindow))).toEqual({
      code: 'awards.errors.votingWindowAhead',
      values: { opens: votingOpensAt.getTime(), closes: votingClosesAt.getTime() },
    });
    expect(getRound(award.roundId)!.status).toBe('draft');
  });

  it('is refused after the window; there is nothing to move it to', () => {
    const award = makeAwardWithRound();
    expect(
      code(() =>
        changeRoundStatus(award.roundId, 'open', award.organizer, afterWindow, undefined, { moveVotingWindow: true }),
      ),
    ).toBe('awards.errors.votingWindowOver');
    expect(getRound(award.roundId)!.status).toBe('draft');
  });

  it('with the organizer’s confirmation, moves the start of voting to now, and members can vote at once', () => {
    const award = makeAwardWithRound();
    const closesBefore = getAward(award.awardId)!.votingClosesAt;
    const round = changeRoundStatus(award.roundId, 'open', award.organizer, beforeWindow, undefined, {
      moveVotingWindow: true,
    });
    expect(round.votingWindowMoved).toBe(true);
    expect(getAward(award.awardId)).toMatchObject({ votingOpensAt: beforeWindow, votingClosesAt: closesBefore });
    expect(ballotAvailability(getRound(award.roundId)!, getAward(award.awardId)!, beforeWindow)).toBe('open');
    expect(
      code(() => castBallot(approve(award.roundId, award.nominationIds[0]!), award.committee[1]!, beforeWindow)),
    ).toBe('no error');
  });

  it('the chair may start rounds but not move the award’s window', () => {
    const award = makeAwardWithRound();
    expect(
      code(() =>
        changeRoundStatus(award.roundId, 'open', award.chair, beforeWindow, undefined, { moveVotingWindow: true }),
      ),
    ).toBe('forbidden');
    expect(getAward(award.awardId)!.votingOpensAt).not.toEqual(beforeWindow);
    expect(getRound(award.roundId)!.status).toBe('draft');
  });

  it('inside the window, starting is unchanged and moves nothing', () => {
    const award = makeAwardWithRound();
    const opensBefore = getAward(award.awardId)!.votingOpensAt;
    expect(
      changeRoundStatus(award.roundId, 'open', award.chair, new Date(), undefined, { moveVotingWindow: true })
        .votingWindowMoved,
    ).toBe(false);
    expect(getAward(award.awardId)!.votingOpensAt).toEqual(opensBefore);
  });
});
