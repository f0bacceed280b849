import type { TieRule, VotingMethod } from '@/db/schema/enums';

/**
 * The count of one voting round, without any database: the rules the round states
 * and the ballots it received in, the outcome per nomination and the arithmetic out.
 *
 * Method: approval — a nominee's votes are the ballots that chose it. Ranked —
 * a ballot orders up to N nominees; the k-th place earns N − k + 1 points (Borda
 * count truncated at N), and a nominee's "votes" are the ballots that ranked it at
 * all. In both methods the winning threshold applies to votes (strictly more than
 * numerator/denominator of the ballots cast), and the seats go to the nominees over
 * the threshold in order of score (approval: votes; ranked: points).
 */
export type Fraction = { numerator: number; denominator: number };

export type RoundRules = {
  method: VotingMethod;
  maxChoices: number;
  /** How many winners the category has. */
  seats: number;
  quorum: Fraction;
  threshold: Fraction;
  tieRule: TieRule;
  /** The chair's casting vote, if given: nominations the chair chose among the tied ones. */
  castingVoteIds?: readonly number[] | null;
};

export type TallyInput = {
  rules: RoundRules;
  candidateIds: readonly number[];
  /** Committee members who count for quorum (those checked in, when the round is held at a meeting). */
  eligibleVoters: number;
  /** Per nomination: members recused from it, and how many of those voted in the round. */
  recusals?: ReadonlyMap<number, { recused: number; recusedVoted: number }>;
  /** Each ballot: nomination ids, the approved ones or the ranking from first place. */
  ballots: readonly (readonly number[])[];
};

export type Outcome = 'elected' | 'notElected' | 'belowThreshold' | 'noQuorum' | 'tie';

export type NominationTally = {
  nominationId: number;
  eligible: number;
  recused: number;
  voted: number;
  quorumNeeded: number;
  quorumMet: boolean;
  votes: number;
  points: number;
  /** The fewest votes that pass the threshold. */
  thresholdVotes: number;
  outcome: Outcome;
};

export type RoundTally = {
  ballotsCast: number;
  eligibleVoters: number;
  nominations: NominationTally[];
  /** Nominations tied for the last seat(s) when the tie rule has not settled it yet. */
  tiedIds: number[];
  needsRunoff: boolean;
  awaitingCastingVote: boolean;
};

/** The fewest `part` with part / whole ≥ numerator / denominator. */
export const atLeast = (whole: number, f: Fraction) => Math.ceil((whole * f.numerator) / f.denominator);
/** The fewest `part` with part / whole > numerator / denominator. */
export const moreThan = (whole: number, f: Fraction) => Math.floor((whole * f.numerator) / f.denominator) + 1;

export function tally(input: TallyInput): RoundTally {
  const { rules, candidateIds, ballots } = input;
  const votes = new Map<number, number>();
  const points = new Map<number, number>();
  for (const id of candidateIds) {
    votes.set(id, 0);
    points.set(id, 0);
  }
  const ranked = rules.method === 'ranked';
  for (const ballot of ballots) {
    for (let place = 0; place < ballot.length; place++) {
      const id = ballot[place]!;
      const current = votes.get(id);
      if (current === undefined) continue; // not a candidate of this round: validation refused it already
      votes.set(id, current + 1);
      if (ranked) points.set(id, points.get(id)! + rules.maxChoices - place);
    }
  }

  const rows: NominationTally[] = candidateIds.map((nominationId) => {
    const recusal = input.recusals?.get(nominationId);
    const recused = recusal?.recused ?? 0;
    const eligible = Math.max(0, input.eligibleVoters - recused);
    const voted = Math.max(0, ballots.length - (recusal?.recusedVoted ?? 0));
    const quorumNeeded = atLeast(eligible, rules.quorum);
    const quorumMet = eligible > 0 && voted >= quorumNeeded;
    const thresholdVotes = moreThan(voted, rules.threshold);
    const v = votes.get(nominationId)!;
    const outcome: Outcome = !quorumMet ? 'noQuorum' : v < thresholdVotes ? 'belowThreshold' : 'notElected';
    return {
      nominationId,
      eligible,
      recused,
      voted,
      quorumNeeded,
      quorumMet,
      votes: v,
      points: ranked ? points.get(nominationId)! : v,
      thresholdVotes,
      outcome,
    };
  });

  const score = (row: NominationTally) => row.points;
  const qualified = rows.filter((row) => row.outcome === 'notElected').sort((a, b) => score(b) - score(a));
  let tiedIds: number[] = [];
  let awaitingCastingVote = false;
  if (qualified.length <= rules.seats) {
    for (const row of qualified) row.outcome = 'elected';
  } else {
    const boundary = score(qualified[rules.seats - 1]!);
    const above = qualified.filter((row) => score(row) > boundary);
    const level = qualified.filter((row) => score(row) === boundary);
    for (const row of above) row.outcome = 'elected';
    const open = rules.seats - above.length;
    if (level.length <= open) {
      for (const row of level) row.outcome = 'elected';
    } else {
      const chosen =
        rules.tieRule === 'chair' ? level.filter((row) => rules.castingVoteIds?.includes(row.nominationId)) : [];
      if (rules.tieRule === 'chair' && chosen.length === open) {
        for (const row of chosen) row.outcome = 'elected';
      } else {
        for (const row of level) row.outcome = 'tie';
        tiedIds = level.map((row) => row.nominationId);
        awaitingCastingVote = rules.tieRule === 'chair';
      }
    }
  }
  return {
    ballotsCast: ballots.length,
    eligibleVoters: input.eligibleVoters,
    nominations: rows,
    tiedIds,
    needsRunoff: tiedIds.length > 0 && rules.tieRule === 'runoff',
    awaitingCastingVote,
  };
}

export type BallotProblem = 'tooManyChoices' | 'duplicateChoice' | 'notACandidate' | 'recusedChoice';

/**
 * Why a ballot cannot be accepted, or null. Checked on the server against the round
 * as it is inside the write transaction, never against what the form showed.
 */
export function ballotProblem(
  choices: readonly number[],
  rules: Pick<RoundRules, 'maxChoices'>,
  candidateIds: ReadonlySet<number>,
  recusedIds: ReadonlySet<number>,
): BallotProblem | null {
  if (choices.length > rules.maxChoices) return 'tooManyChoices';
  if (new Set(choices).size !== choices.length) return 'duplicateChoice';
  if (choices.some((id) => !candidateIds.has(id))) return 'notACandidate';
  if (choices.some((id) => recusedIds.has(id))) return 'recusedChoice';
  return null;
}
