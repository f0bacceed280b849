import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import {
  organizations,
  registrationCategories,
  registrations,
  seatAssignments,
  seatingBlocks,
  seatReservations,
} from '@/db/schema';
import { hallSize } from './engine';
import type { SeatPosition } from './position';

export function listBlocks(meetingId: number) {
  return db
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

/**
 * Where each of these registrations sits (absent: no seat). For the ticket page, the
 * door and, later, the offline station's copy (format with formatSeat in position.ts).
 */
export function seatOf(registrationIds: readonly number[]): Map<number, SeatPosition> {
  if (registrationIds.length === 0) return new Map();
  return toMap(
    db
      .select(positionColumns)
      .from(seatAssignments)
      .innerJoin(seatingBlocks, eq(seatingBlocks.id, seatAssignments.blockId))
      .where(inArray(seatAssignments.registrationId, [...registrationIds]))
      .all(),
  );
}

/** Every seat given for a meeting, by registration: one query for a whole list (door, printouts). */
export function seatsOfMeeting(meetingId: number): Map<number, SeatPosition> {
  return toMap(
    db
      .select(positionColumns)
      .from(seatAssignments)
      .innerJoin(seatingBlocks, eq(seatingBlocks.id, seatAssignments.blockId))
      .where(eq(seatAssignments.meetingId, meetingId))
      .all(),
  );
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
  const reserved = db
    .select({ blockId: seatReservations.blockId, row: seatReservations.row, seat: seatReservations.seat })
    .from(seatReservations)
    .where(eq(seatReservations.meetingId, meetingId))
    .all();
  const categories = db
    .select({ id: registrationCategories.id, name: registrationCategories.name, nameEn: registrationCategories.nameEn })
    .from(registrationCategories)
    .where(eq(registrationCategories.meetingId, meetingId))
    .orderBy(asc(registrationCategories.position))
    .all();
  const rows = db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      organizationName: organizations.name,
      typedOrganization: registrations.organizationName,
      categoryId: registrations.categoryId,
      categoryName: registrationCategories.name,
      categoryNameEn: registrationCategories.nameEn,
      blockId: seatAssignments.blockId,
      row: seatAssignments.row,
      seat: seatAssignments.seat,
    })
    .from(registrations)
    .innerJoin(registrationCategories, eq(registrationCategories.id, registrations.categoryId))
    .leftJoin(organizations, eq(organizations.id, registrations.organizationId))
    .leftJoin(seatAssignments, eq(seatAssignments.registrationId, registrations.id))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'confirmed')))
    .orderBy(asc(registrations.id))
    .all();
  const people: SeatedPerson[] = rows.map((row) => ({
    registrationId: row.registrationId,
    name: row.name,
    organization: row.organizationName ?? row.typedOrganization ?? null,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    categoryNameEn: row.categoryNameEn,
    seat:
      row.blockId !== null && row.row !== null && row.seat !== null
        ? { blockId: row.blockId, row: row.row, seat: row.seat }
        : null,
  }));
  const seats = hallSize(blocks);
  return { blocks, reserved, categories, people, seats, short: Math.max(0, people.length - seats) };
}
