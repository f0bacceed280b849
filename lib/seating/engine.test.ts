import { describe, expect, it } from 'vitest';
import { assignSeats, seatingQueue, seatKey, seatsInOrder, type HallBlock, type Sitter } from './engine';

const hall: HallBlock[] = [
  // Listed out of order on purpose: the plan's position, not the array, says what is in front.
  { id: 20, rows: 3, seats: 4, position: 2 },
  { id: 10, rows: 1, seats: 3, position: 1 },
];

const person = (registrationId: number, categoryId: number, organizationKey: string | null = null): Sitter => ({
  registrationId,
  categoryId,
  organizationKey,
});

describe('the hall front to back', () => {
  it('starts with the first block, then rows from 1, then seats from 1', () => {
    const seats = seatsInOrder(hall);
    expect(seats).toHaveLength(3 + 12);
    expect(seats.slice(0, 4).map(seatKey)).toEqual(['10:1:1', '10:1:2', '10:1:3', '20:1:1']);
    expect(seats.at(-1)).toEqual({ blockId: 20, row: 3, seat: 4 });
  });
});

describe('automatic seating', () => {
  it('puts the chosen categories in front, in the order chosen, before everyone else', () => {
    const people = [person(1, 5), person(2, 7), person(3, 6), person(4, 7), person(5, 6)];
    const { placed } = assignSeats({
      blocks: hall,
      reserved: [],
      taken: [],
      people,
      frontCategoryIds: [7, 6],
      categoryOrder: [5, 6, 7],
    });
    const seatOf = new Map(placed.map((p) => [p.registrationId, seatKey(p)]));
    // Category 7 (chosen first) takes the head block; 6 follows; 5 (not chosen) is last.
    expect([seatOf.get(2), seatOf.get(4)]).toEqual(['10:1:1', '10:1:2']);
    expect([seatOf.get(3), seatOf.get(5)]).toEqual(['10:1:3', '20:1:1']);
    expect(seatOf.get(1)).toBe('20:1:2');
  });

  it('keeps the people of one organization on consecutive seats, even when they registered apart', () => {
    const people = [
      person(1, 1, 'A'),
      person(2, 1, 'B'),
      person(3, 1, 'A'),
      person(4, 1, null),
      person(5, 1, 'B'),
      person(6, 1, 'A'),
    ];
    const queue = seatingQueue(people, [], [1]).map((p) => p.registrationId);
    // A (three people) first, then B, then those with no organization.
    expect(queue).toEqual([1, 3, 6, 2, 5, 4]);
    const { placed } = assignSeats({
      blocks: [{ id: 1, rows: 2, seats: 3, position: 1 }],
      reserved: [],
      taken: [],
      people,
      frontCategoryIds: [],
      categoryOrder: [1],
    });
    const rowOf = new Map(placed.map((p) => [p.registrationId, p.row]));
    expect(new Set([1, 3, 6].map((id) => rowOf.get(id)))).toEqual(new Set([1]));
    expect(new Set([2, 5].map((id) => rowOf.get(id)))).toEqual(new Set([2]));
  });

  it('never gives a reserved seat or a taken seat, and leaves the already seated where they are', () => {
    const blocks: HallBlock[] = [{ id: 1, rows: 1, seats: 4, position: 1 }];
    const { placed, unplaced } = assignSeats({
      blocks,
      reserved: [{ blockId: 1, row: 1, seat: 1 }],
      taken: [{ blockId: 1, row: 1, seat: 3, registrationId: 9 }],
      people: [person(9, 1), person(1, 1), person(2, 1), person(3, 1)],
      frontCategoryIds: [],
      categoryOrder: [1],
    });
    expect(placed).toEqual([
      { blockId: 1, row: 1, seat: 2, registrationId: 1 },
      { blockId: 1, row: 1, seat: 4, registrationId: 2 },
    ]);
    // The hall is full: the last in line is reported, not squeezed in.
    expect(unplaced).toEqual([3]);
  });

  it('gives the same plan for the same input, whatever order the people arrive in', () => {
    const people = Array.from({ length: 60 }, (_, i) => person(i + 1, 1 + (i % 3), i % 4 === 0 ? null : `org${i % 7}`));
    const input = {
      blocks: hall.concat({ id: 30, rows: 5, seats: 10, position: 3 }),
      reserved: [],
      taken: [],
      frontCategoryIds: [3],
      categoryOrder: [1, 2, 3],
    };
    const once = assignSeats({ ...input, people });
    const again = assignSeats({ ...input, people: [...people].reverse() });
    expect(again).toEqual(once);
    // No seat twice, nobody twice.
    expect(new Set(once.placed.map(seatKey)).size).toBe(once.placed.length);
    expect(new Set(once.placed.map((p) => p.registrationId)).size).toBe(60);
  });

  it('seats 500 people in a few milliseconds', () => {
    const blocks: HallBlock[] = [
      { id: 1, rows: 2, seats: 12, position: 1 },
      { id: 2, rows: 30, seats: 20, position: 2 },
    ];
    const people = Array.from({ length: 500 }, (_, i) => person(i + 1, 1 + (i % 5), `org${i % 40}`));
    const input = {
      blocks,
      reserved: [{ blockId: 1, row: 1, seat: 1 }],
      taken: [],
      people,
      frontCategoryIds: [4, 2],
      categoryOrder: [1, 2, 3, 4, 5],
    };
    assignSeats(input);
    const start = performance.now();
    const result = assignSeats(input);
    expect(performance.now() - start).toBeLessThan(200);
    expect(result.placed).toHaveLength(500);
  });
});
