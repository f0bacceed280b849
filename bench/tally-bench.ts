// Times lib/awards/tally on 10,000 ballots over 50 nominations, in-process (no server, no database).
import { performance } from 'node:perf_hooks';
import { tally, type TallyInput } from '../lib/awards/tally';

let seed = 5;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const candidateIds = Array.from({ length: 50 }, (_, i) => i + 1);

function ballots(maxChoices: number) {
  return Array.from({ length: 10_000 }, () => {
    const chosen = new Set<number>();
    const wanted = 1 + Math.floor(next() * maxChoices);
    while (chosen.size < wanted) chosen.add(1 + Math.floor(next() * 50));
    return [...chosen];
  });
}

for (const method of ['approval', 'ranked'] as const) {
  const input: TallyInput = {
    rules: {
      method,
      maxChoices: 10,
      seats: 5,
      quorum: { numerator: 2, denominator: 3 },
      threshold: { numerator: 1, denominator: 10 },
      tieRule: 'runoff',
    },
    candidateIds,
    eligibleVoters: 12_000,
    recusals: new Map([[1, { recused: 10, recusedVoted: 5 }]]),
    ballots: ballots(10),
  };
  for (let i = 0; i < 5; i++) tally(input); // warm up
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    tally(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[10]!;
  console.log(
    `tally ${method}: 10,000 ballots × 50 nominations — median ${median.toFixed(2)} ms, worst ${times.at(-1)!.toFixed(2)} ms (goal ≤ 50 ms) ${median <= 50 ? 'OK' : 'SLOW'}`,
  );
}
