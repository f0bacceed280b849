import type { RoundStatus } from '@/db/schema/enums';

/**
 * Whether a committee member can vote in a round right now, and if not, why. The one
 * answer for the ballot page, the ballot mutation, the organizer's pages and the
 * "start voting" step: a round is open to members only while it is open *and* the
 * award's voting window has begun and not ended (issue 18: an organizer saw "voting
 * has started" while every member's ballot said "not open", because the window set
 * when the award was created began days later).
 */
export type BallotAvailability =
  /** Members can vote now. */
  | 'open'
  /** The round has not been started. */
  | 'draft'
  /** Started, but the award's voting window has not begun. */
  | 'beforeWindow'
  /** Started, but the award's voting window is over. */
  | 'afterWindow'
  /** Closed or published. */
  | 'ended';

type Window = { votingOpensAt: Date; votingClosesAt: Date };

/** Where `now` falls against the award's voting window. */
export function windowPosition(award: Window, now: Date): 'before' | 'inside' | 'after' {
  if (now < award.votingOpensAt) return 'before';
  if (now >= award.votingClosesAt) return 'after';
  return 'inside';
}

export function ballotAvailability(round: { status: RoundStatus }, award: Window, now: Date): BallotAvailability {
  if (round.status === 'draft') return 'draft';
  if (round.status !== 'open') return 'ended';
  const position = windowPosition(award, now);
  return position === 'inside' ? 'open' : position === 'before' ? 'beforeWindow' : 'afterWindow';
}
