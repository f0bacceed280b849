import { describe, expect, it } from 'vitest';
import { ballotProblem, tally, type RoundRules, type TallyInput } from './tally';

const rules = (overrides: Partial<RoundRules> = {}): RoundRules => ({
  method: 'approval',
  maxChoices: 2,
  seats: 1,
  quorum: { numerator: 2, denominator: 3 },
  threshold: { numerator: 1, denominator: 2 },
  tieRule: 'runoff',
  ...overrides,
});
const outcomes = (input: TallyInput) =>
  Object.fromEntries(tally(input).nominations.map((row) => [row.nominationId, row.outcome]));

describe('approval', () => {
  it('elects the nominee chosen by more than half of the ballots, and shows the arithmetic', () => {
    const result = tally({
      rules: rules(),
      candidateIds: [1, 2, 3],
      eligibleVoters: 7,
      ballots: [[1], [1, 2], [1], [2], [3]],
    });
    expect(result.nominations[0]).toEqual({
      nominationId: 1,
      eligible: 7,
      recused: 0,
      voted: 5,
      quorumNeeded: 5,
      quorumMet: true,
      votes: 3,
      points: 3,
      thresholdVotes: 3,
      outcome: 'elected',
    });
    expect(
      outcomes({ rules: rules(), candidateIds: [1, 2, 3], eligibleVoters: 7, ballots: [[1], [1, 2], [1], [2], [3]] }),
    ).toEqual({ 1: 'elected', 2: 'belowThreshold', 3: 'belowThreshold' });
  });

  it('exactly half is not more than half', () => {
    expect(
      outcomes({ rules: rules(), candidateIds: [1, 2], eligibleVoters: 4, ballots: [[1], [1], [2], [2]] }),
    ).toEqual({ 1: 'belowThreshold', 2: 'belowThreshold' });
  });

  it('without quorum nobody is elected', () => {
    // 7 members, two thirds → 5 ballots needed; 4 cast.
    expect(outcomes({ rules: rules(), candidateIds: [1], eligibleVoters: 7, ballots: [[1], [1], [1], [1]] })).toEqual({
      1: 'noQuorum',
    });
  });

  it('a recusal lowers the eligible count of that nomination only', () => {
    // 7 members, 2 recused from nomination 1 (both voted anyway, on others): eligible 5, voted 3 → quorum 4 not met.
    const recusals = new Map([[1, { recused: 2, recusedVoted: 2 }]]);
    const result = tally({
      rules: rules(),
      candidateIds: [1, 2],
      eligibleVoters: 7,
      recusals,
      ballots: [[1], [1], [1], [2], [2]],
    });
    expect(result.nominations[0]).toMatchObject({
      eligible: 5,
      recused: 2,
      voted: 3,
      quorumNeeded: 4,
      quorumMet: false,
      outcome: 'noQuorum',
    });
    expect(result.nominations[1]).toMatchObject({
      eligible: 7,
      voted: 5,
      quorumNeeded: 5,
      quorumMet: true,
      outcome: 'belowThreshold',
    });
    // Recused members who did not vote lower only the eligible count: 5 eligible, 5 voted.
    const absent = tally({
      rules: rules(),
      candidateIds: [1],
      eligibleVoters: 7,
      recusals: new Map([[1, { recused: 2, recusedVoted: 0 }]]),
      ballots: [[1], [1], [1], [], []],
    });
    expect(absent.nominations[0]).toMatchObject({ eligible: 5, voted: 5, votes: 3, outcome: 'elected' });
  });

  it('a tie for the last seat goes to a runoff', () => {
    const result = tally({
      rules: rules({ seats: 2 }),
      candidateIds: [1, 2, 3],
      eligibleVoters: 5,
      ballots: [
        [1, 2],
        [1, 3],
        [1, 2],
        [2, 3],
        [1, 3],
      ],
    });
    expect(Object.fromEntries(result.nominations.map((r) => [r.nominationId, r.outcome]))).toEqual({
      1: 'elected',
      2: 'tie',
      3: 'tie',
    });
    expect(result).toMatchObject({ tiedIds: [2, 3], needsRunoff: true, awaitingCastingVote: false });
  });

  it("the chair's casting vote settles a tie", () => {
    const input = {
      candidateIds: [1, 2],
      eligibleVoters: 4,
      ballots: [
        [1, 2],
        [1, 2],
        [1, 2],
        [1, 2],
      ],
    };
    expect(tally({ ...input, rules: rules({ tieRule: 'chair' }) })).toMatchObject({
      awaitingCastingVote: true,
      needsRunoff: false,
      tiedIds: [1, 2],
    });
    expect(outcomes({ ...input, rules: rules({ tieRule: 'chair', castingVoteIds: [2] }) })).toEqual({
      1: 'notElected',
      2: 'elected',
    });
  });
});

describe('ranked', () => {
  it('scores N − k + 1 points for the k-th place and gives the seat to the most points', () => {
    const result = tally({
      rules: rules({ method: 'ranked', maxChoices: 3 }),
      candidateIds: [1, 2, 3],
      eligibleVoters: 3,
      ballots: [
        [1, 2, 3],
        [2, 1, 3],
        [2, 3, 1],
      ],
    });
    expect(result.nominations.map((r) => [r.nominationId, r.points, r.votes, r.outcome])).toEqual([
      [1, 6, 3, 'notElected'],
      [2, 8, 3, 'elected'],
      [3, 4, 3, 'notElected'],
    ]);
  });
});

describe('ballot checks', () => {
  const candidates = new Set([1, 2, 3]);
  it('refuses too many, duplicate, forged and recused choices', () => {
    expect(ballotProblem([1, 2, 3], { maxChoices: 2 }, candidates, new Set())).toBe('tooManyChoices');
    expect(ballotProblem([1, 1], { maxChoices: 2 }, candidates, new Set())).toBe('duplicateChoice');
    expect(ballotProblem([9], { maxChoices: 2 }, candidates, new Set())).toBe('notACandidate');
    expect(ballotProblem([2], { maxChoices: 2 }, candidates, new Set([2]))).toBe('recusedChoice');
    expect(ballotProblem([], { maxChoices: 2 }, candidates, new Set())).toBeNull();
    expect(ballotProblem([3, 1], { maxChoices: 2 }, candidates, new Set())).toBeNull();
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rules read literally, one nominee at a time, with none of tally()'s shortcuts. */
function reference(input: TallyInput): Record<number, string> {
  const { rules } = input;
  const result: Record<number, string> = {};
  const score = (id: number) =>
    input.ballots.reduce((sum, ballot) => {
      const place = ballot.indexOf(id);
      return place < 0 ? sum : sum + (rules.method === 'ranked' ? rules.maxChoices - place : 1);
    }, 0);
  const qualifies = (id: number) => {
    const recusal = input.recusals?.get(id) ?? { recused: 0, recusedVoted: 0 };
    const eligible = input.eligibleVoters - recusal.recused;
    const voted = input.ballots.length - recusal.recusedVoted;
    // quorum: voted / eligible ≥ q (and someone eligible); threshold: votes / voted > t
    if (eligible <= 0 || voted * rules.quorum.denominator < eligible * rules.quorum.numerator) return 'noQuorum';
    const votes = input.ballots.filter((ballot) => ballot.includes(id)).length;
    if (votes * rules.threshold.denominator <= voted * rules.threshold.numerator) return 'belowThreshold';
    return 'ok';
  };
  const qualified = input.candidateIds.filter((id) => qualifies(id) === 'ok');
  for (const id of input.candidateIds) {
    const state = qualifies(id);
    if (state !== 'ok') {
      result[id] = state;
      continue;
    }
    const better = qualified.filter((other) => score(other) > score(id)).length;
    const asGood = qualified.filter((other) => score(other) >= score(id)).length;
    result[id] = better >= rules.seats ? 'notElected' : asGood <= rules.seats ? 'elected' : 'tie';
  }
  return result;
}

describe('property: tally agrees with the literal reading of the rules', () => {
  it('on 500 random rounds', () => {
    const next = random(20190430);
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
    for (let run = 0; run < 500; run++) {
      const method = next() < 0.5 ? 'approval' : 'ranked';
      const candidateIds = Array.from({ length: int(1, 7) }, (_, i) => i + 1);
      const maxChoices = int(1, candidateIds.length);
      const eligibleVoters = int(1, 12);
      const ballots = Array.from({ length: int(0, eligibleVoters) }, () => {
        const shuffled = [...candidateIds].sort(() => next() - 0.5);
        return shuffled.slice(0, int(0, maxChoices));
      });
      const recusals = new Map(
        candidateIds
          .filter(() => next() < 0.3)
          .map((id) => {
            const recused = int(0, Math.min(3, eligibleVoters));
            return [id, { recused, recusedVoted: Math.min(recused, ballots.length, int(0, recused)) }] as const;
          }),
      );
      // Recused voters never chose that nominee: drop it from as many ballots as recused voters voted.
      for (const [id, { recusedVoted }] of recusals) {
        let left = recusedVoted;
        for (const ballot of ballots) {
          if (left === 0) break;
          const index = ballot.indexOf(id);
          if (index >= 0) ballot.splice(index, 1);
          left--;
        }
      }
      const input: TallyInput = {
        rules: rules({
          method,
          maxChoices,
          seats: int(1, 3),
          quorum: { numerator: int(0, 3), denominator: 3 },
          threshold: { numerator: int(0, 2), denominator: int(2, 4) },
        }),
        candidateIds,
        eligibleVoters,
        recusals,
        ballots,
      };
      expect(
        outcomes(input),
        JSON.stringify(input, (_, v) => (v instanceof Map ? [...v] : v)),
      ).toEqual(reference(input));
    }
  });
});
