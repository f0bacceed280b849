/**
 * Automatic seating as a pure function: no database, no clock, no randomness, so the
 * same hall and people always give the same plan (tested in engine.test.ts, timed in
 * bench/seating-bench.ts).
 *
 * The hall is read front to back: blocks in their plan order (主席台 first), then rows
 * (or tables) from 1, then seats from 1. People are queued by rank — the chosen
 * categories first, in the order chosen, then the others in the meeting's category
 * order — and, inside one rank, organization by organization (largest first), so the
 * members of one organization take consecutive seats: side by side in a row, or round
 * one table. Reserved seats and seats already taken are skipped; people already seated
 * keep their seats.
 */

export type HallBlock = { id: number; rows: number; seats: number; position: number };
export type SeatRef = { blockId: number; row: number; seat: number };
export type Placement = SeatRef & { registrationId: number };
export type Sitter = { registrationId: number; categoryId: number; organizationKey: string | null };

export type SeatingInput = {
  blocks: readonly HallBlock[];
  reserved: readonly SeatRef[];
  /** Assignments that stay as they are (made by hand or by an earlier run). */
  taken: readonly Placement[];
  /** Everyone who should have a seat (confirmed registrations); those in `taken` are skipped. */
  people: readonly Sitter[];
  /** Categories seated first, in this order. */
  frontCategoryIds: readonly number[];
  /** Every category of the meeting in its own order, for everyone else. */
  categoryOrder: readonly number[];
};

export type SeatingResult = { placed: Placement[]; unplaced: number[] };

export const seatKey = (seat: SeatRef) => `${seat.blockId}:${seat.row}:${seat.seat}`;

/** Every seat of the hall, front to back. */
export function seatsInOrder(blocks: readonly HallBlock[]): SeatRef[] {
  const seats: SeatRef[] = [];
  for (const block of [...blocks].sort((a, b) => a.position - b.position || a.id - b.id)) {
    for (let row = 1; row <= block.rows; row++) {
      for (let seat = 1; seat <= block.seats; seat++) seats.push({ blockId: block.id, row, seat });
    }
  }
  return seats;
}

export const hallSize = (blocks: readonly Pick<HallBlock, 'rows' | 'seats'>[]) =>
  blocks.reduce((sum, block) => sum + block.rows * block.seats, 0);

/** Whether a seat exists in the plan. */
export function seatExists(blocks: readonly Pick<HallBlock, 'id' | 'rows' | 'seats'>[], seat: SeatRef): boolean {
  const block = blocks.find((b) => b.id === seat.blockId);
  return (
    !!block &&
    Number.isInteger(seat.row) &&
    Number.isInteger(seat.seat) &&
    seat.row >= 1 &&
    seat.row <= block.rows &&
    seat.seat >= 1 &&
    seat.seat <= block.seats
  );
}

/** The order people are seated in: by rank, then organization by organization, then by registration. */
export function seatingQueue(
  people: readonly Sitter[],
  frontCategoryIds: readonly number[],
  categoryOrder: readonly number[],
): Sitter[] {
  const rank = new Map<number, number>();
  frontCategoryIds.forEach((id, index) => rank.set(id, index));
  categoryOrder.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, frontCategoryIds.length + index);
  });
  const unknownRank = frontCategoryIds.length + categoryOrder.length;
  const byRank = new Map<number, Sitter[]>();
  for (const person of people) {
    const r = rank.get(person.categoryId) ?? unknownRank;
    let list = byRank.get(r);
    if (!list) byRank.set(r, (list = []));
    list.push(person);
  }
  const queue: Sitter[] = [];
  for (const r of [...byRank.keys()].sort((a, b) => a - b)) {
    const groups = new Map<string, Sitter[]>();
    const alone: Sitter[] = [];
    for (const person of byRank.get(r)!) {
      if (person.organizationKey === null) {
        alone.push(person);
        continue;
      }
      let group = groups.get(person.organizationKey);
      if (!group) groups.set(person.organizationKey, (group = []));
      group.push(person);
    }
    const ordered = [...groups.entries()].sort(
      ([keyA, a], [keyB, b]) => b.length - a.length || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
    );
    for (const [, group] of ordered) queue.push(...group.sort((a, b) => a.registrationId - b.registrationId));
    queue.push(...alone.sort((a, b) => a.registrationId - b.registrationId));
  }
  return queue;
}

export function assignSeats(input: SeatingInput): SeatingResult {
  const blocked = new Set<string>(input.reserved.map(seatKey));
  for (const placement of input.taken) blocked.add(seatKey(placement));
  const seated = new Set(input.taken.map((placement) => placement.registrationId));
  const free = seatsInOrder(input.blocks).filter((seat) => !blocked.has(seatKey(seat)));
  const queue = seatingQueue(
    input.people.filter((person) => !seated.has(person.registrationId)),
    input.frontCategoryIds,
    input.categoryOrder,
  );
  const placed: Placement[] = [];
  const unplaced: number[] = [];
  queue.forEach((person, index) => {
    const seat = free[index];
    if (seat) placed.push({ ...seat, registrationId: person.registrationId });
    else unplaced.push(person.registrationId);
  });
  return { placed, unplaced };
}
