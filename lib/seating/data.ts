import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { registrations, seatAssignments, seatingBlocks, seatReservations } from '@/db/schema';
import { listCategories, listRegistrations } from '@/lib/registrations/data';
import { hallSize, type Placement, type SeatRef, type Sitter } from './engine';
import type { SeatPosition } from './position';

// The database, or the caller's transaction when a write reads the plan it is about to change.
type Reader = Tx | typeof db;

export function listBlocks(meetingId: number, reader: Reader = db) {
  return reader
    .select()
    .from(seatingBlocks)
    .where(eq(seatingBlocks.meetingId, meetingId))
    .orderBy(asc(seatingBlocks.position))
    .all();
}

const positionColumns = {
  registrationId: seatAssignments.registrationId,
  blockName: seatingBlocks.name,
  blockNameEn: seatingBlocks.nameEn,
  kind: seatingBlocks.kind,
  row: seatAssignments.row,
  seat: seatAssignments.seat,
};

const toMap = (rows: ({ registrationId: number } & SeatPosition)[]) =>
  new Map(rows.map(({ registrationId, ...position }) => [registrationId, position] as const));

/** Seats given, with their block, where `where` holds, by registration. */
const placesWhere = (where: SQL | undefined, reader: Reader) =>
  toMap(
    reader
      .select(positionColumns)
      .from(seatAssignments)
      .innerJoin(seatingBlocks, eq(seatingBlocks.id, seatAssignments.blockId))
      .where(where)
      .all(),
  );

/**
 * Where each of these registrations sits (absent: no seat). For the ticket page, the
 * door, the seat email and the offline station's copy (format with formatSeat in position.ts).
 */
export function seatOf(registrationIds: readonly number[], reader: Reader = db): Map<number, SeatPosition> {
  if (registrationIds.length === 0) return new Map();
  return placesWhere(inArray(seatAssignments.registrationId, [...registrationIds]), reader);
}

/** Every seat given for a meeting, by registration: one query for a whole list (door, printouts). */
export function seatsOfMeeting(meetingId: number): Map<number, SeatPosition> {
  return placesWhere(eq(seatAssignments.meetingId, meetingId), db);
}

/** Every seat given for a meeting, as the engine counts them taken. */
export function placementsOf(meetingId: number, reader: Reader = db): Placement[] {
  return reader
    .select({
      registrationId: seatAssignments.registrationId,
      blockId: seatAssignments.blockId,
      row: seatAssignments.row,
      seat: seatAssignments.seat,
    })
    .from(seatAssignments)
    .where(eq(seatAssignments.meetingId, meetingId))
    .all();
}

/** Seats the organizer keeps free (guests decided on the day): shown on the plan, skipped by the engine. */
export function reservedSeats(meetingId: number, reader: Reader = db): SeatRef[] {
  return reader
    .select({ blockId: seatReservations.blockId, row: seatReservations.row, seat: seatReservations.seat })
    .from(seatReservations)
    .where(eq(seatReservations.meetingId, meetingId))
    .all();
}

/**
 * The confirmed registrants of a meeting as the engine seats them: people of one organization,
 * chosen from the list or typed, sit together. The organizer's button and the demo seed use it.
 */
export function seatingCandidates(meetingId: number, reader: Reader = db): Sitter[] {
  return reader
    .select({
      registrationId: registrations.id,
      categoryId: registrations.categoryId,
      organizationId: registrations.organizationId,
      organizationName: registrations.organizationName,
    })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'confirmed')))
    .all()
    .map((p) => ({
      registrationId: p.registrationId,
      categoryId: p.categoryId,
      organizationKey: p.organizationId !== null ? `#${p.organizationId}` : p.organizationName?.trim() || null,
    }));
}

export type SeatedPerson = {
  registrationId: number;
  name: string;
  organization: string | null;
  categoryId: number;
  categoryName: string;
  categoryNameEn: string | null;
  seat: { blockId: number; row: number; seat: number } | null;
};

/** Everything the seating page and the printouts show: the plan, reserved seats, and every confirmed registrant with their seat. */
export function getSeatingBoard(meetingId: number) {
  const blocks = listBlocks(meetingId);
  const reserved = reservedSeats(meetingId);
  const categories = listCategories(meetingId).map(({ id, name, nameEn }) => ({ id, name, nameEn }));
  const seated = new Map(placementsOf(meetingId).map(({ registrationId, ...seat }) => [registrationId, seat]));
  const people: SeatedPerson[] = listRegistrations(meetingId, { status: 'confirmed' }).map((registration) => ({
    registrationId: registration.id,
    name: registration.name,
    organization: registration.organizationName,
    categoryId: registration.categoryId,
    categoryName: registration.categoryName,
    categoryNameEn: registration.categoryNameEn,
    seat: seated.get(registration.id) ?? null,
  }));
  const seats = hallSize(blocks);
  return { blocks, reserved, categories, people, seats, short: Math.max(0, people.length - seats) };
}
