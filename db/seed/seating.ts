import { seatingCandidates } from '@/lib/seating/data';
import { assignSeats, type SeatRef } from '@/lib/seating/engine';
import type { Tx } from '../index';
import { seatAssignments, seatingBlocks, seatReservations } from '../schema';

/**
 * The conference hall (issue 14): a head table on the stage for the leaders, then front
 * and back rows. Seated with the same engine as the organizer's button, in two passes
 * so the head table holds the leaders alone: award winners and the heads of member
 * organizations in the front rows, organization by organization, then staff and public.
 * Two head-table places stay reserved for guests decided on the day.
 */
export function seedSeating(
  tx: Tx,
  meetingId: number,
  [leaders, winners, representatives, staff, publicCategory]: number[],
) {
  const block = (
    name: string,
    nameEn: string,
    kind: 'rows' | 'tables',
    rows: number,
    seats: number,
    position: number,
  ) => ({
    ...tx.insert(seatingBlocks).values({ meetingId, name, nameEn, kind, rows, seats, position }).returning().get(),
  });
  const head = block('主席台', 'Head table', 'tables', 1, 8, 1);
  const front = block('前区', 'Front', 'rows', 3, 12, 2);
  const back = block('后区', 'Back', 'rows', 4, 12, 3);
  const reserved: SeatRef[] = [
    { blockId: head.id, row: 1, seat: 7 },
    { blockId: head.id, row: 1, seat: 8 },
  ];
  for (const seat of reserved)
    tx.insert(seatReservations)
      .values({ meetingId, ...seat })
      .run();
  const people = seatingCandidates(meetingId, tx);
  const order = [leaders!, winners!, representatives!, staff!, publicCategory!];
  const onStage = assignSeats({
    blocks: [head],
    reserved,
    taken: [],
    people: people.filter((p) => p.categoryId === leaders),
    frontCategoryIds: [],
    categoryOrder: order,
  });
  const inHall = assignSeats({
    blocks: [front, back],
    reserved,
    taken: [],
    people: people.filter((p) => p.categoryId !== leaders || onStage.unplaced.includes(p.registrationId)),
    frontCategoryIds: [winners!, representatives!],
    categoryOrder: order,
  });
  const placements = [...onStage.placed, ...inHall.placed];
  if (placements.length > 0)
    tx.insert(seatAssignments)
      .values(placements.map((p) => ({ meetingId, ...p })))
      .run();
}
