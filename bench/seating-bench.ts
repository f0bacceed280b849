// Times lib/seating/engine on 500 people in a 600-seat hall, in-process (no server, no
// database). Printed beside a baseline measured in the same run — sorting the same 500
// people by id, a copy each time — because these machines are noisy: the ratio travels,
// the milliseconds do not.
import { performance } from 'node:perf_hooks';
import { assignSeats, type HallBlock, type SeatingInput } from '../lib/seating/engine';

const blocks: HallBlock[] = [
  { id: 1, rows: 1, seats: 12, position: 1 },
  { id: 2, rows: 8, seats: 20, position: 2 },
  { id: 3, rows: 12, seats: 36, position: 3 },
];
const people = Array.from({ length: 500 }, (_, i) => ({
  registrationId: 500 - i,
  categoryId: 1 + (i % 5),
  organizationKey: i % 9 === 0 ? null : `org${(i * 7) % 60}`,
}));
const input: SeatingInput = {
  blocks,
  reserved: [
    { blockId: 1, row: 1, seat: 1 },
    { blockId: 2, row: 1, seat: 10 },
  ],
  taken: [],
  people,
  frontCategoryIds: [2, 3],
  categoryOrder: [1, 2, 3, 4, 5],
};

function median(run: () => unknown, times = 30): number {
  for (let i = 0; i < 5; i++) run(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const baseline = median(() => [...people].sort((a, b) => a.registrationId - b.registrationId));
const seating = median(() => assignSeats(input));
const placed = assignSeats(input).placed.length;
console.log(
  `seating: ${placed} people into ${blocks.reduce((n, b) => n + b.rows * b.seats, 0)} seats — median ${seating.toFixed(2)} ms (goal ≤ 200 ms) ${seating <= 200 ? 'OK' : 'SLOW'}; ` +
    `baseline (sort 500 by id) ${baseline.toFixed(3)} ms; ratio ${(seating / baseline).toFixed(1)}×`,
);
