import { and, count, eq, gt, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { registrations, seatAssignments, seatingBlocks, seatReservations, type Meeting } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { accessTokenFor } from '@/lib/registrations/mutations/access';
import { listCategories } from '@/lib/registrations/data';
import { listBlocks, placementsOf, reservedSeats, seatingCandidates, seatOf } from './data';
import { seatEmail } from './emails';
import { assignSeats, seatExists, type SeatRef } from './engine';
import type { BlockInput } from './schema';

/** The time, and where links in emails point (the registrations' Context). */
export type SeatingContext = { now: Date; origin: string };

const audit = (tx: Tx, actor: Actor, action: string, meetingId: number, changes: Record<string, unknown>, now?: Date) =>
  recordAudit(tx, { actorId: actor?.id ?? null, action, entityType: 'seating', entityId: meetingId, changes }, now);

/**
 * Adds a block or changes one. A change may not leave anyone seated outside the
 * hall: shrinking past a seated person, or turning rows into tables while people sit
 * there, is refused with how many would lose their seat (docs/decisions/0025).
 * Reserved seats that fall outside are dropped: they hold no one.
 */
export function saveBlock(input: BlockInput, actor: Actor): number {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, input.meetingId, actor);
    const values = { name: input.name, nameEn: input.nameEn, kind: input.kind, rows: input.rows, seats: input.seats };
    const sameName = tx
      .select({ id: seatingBlocks.id })
      .from(seatingBlocks)
      .where(and(eq(seatingBlocks.meetingId, input.meetingId), eq(seatingBlocks.name, input.name)))
      .get();
    if (sameName && sameName.id !== input.blockId)
      throw new AppError('seating.errors.blockNameTaken', { field: 'name' });
    if (input.blockId === null) {
      const last = tx
        .select({ position: sql<number>`coalesce(max(${seatingBlocks.position}), 0)` })
        .from(seatingBlocks)
        .where(eq(seatingBlocks.meetingId, input.meetingId))
        .get();
      const { id } = tx
        .insert(seatingBlocks)
        .values({ ...values, meetingId: input.meetingId, position: (last?.position ?? 0) + 1 })
        .returning({ id: seatingBlocks.id })
        .get();
      audit(tx, actor, 'seating.addBlock', input.meetingId, { blockId: id, ...values });
      return id;
    }
    const block = tx
      .select()
      .from(seatingBlocks)
      .where(and(eq(seatingBlocks.id, input.blockId), eq(seatingBlocks.meetingId, input.meetingId)))
      .get();
    if (!block) throw new AppError('notFound');
    const orphaned = tx
      .select({ n: count() })
      .from(seatAssignments)
      .where(
        and(
          eq(seatAssignments.blockId, block.id),
          input.kind !== block.kind
            ? sql`1 = 1`
            : or(gt(seatAssignments.row, input.rows), gt(seatAssignments.seat, input.seats)),
        ),
      )
      .get()!.n;
    if (orphaned > 0) throw new AppError('seating.errors.planOrphans', { values: { count: orphaned } });
    tx.delete(seatReservations)
      .where(
        and(
          eq(seatReservations.blockId, block.id),
          or(gt(seatReservations.row, input.rows), gt(seatReservations.seat, input.seats)),
        ),
      )
      .run();
    tx.update(seatingBlocks).set(values).where(eq(seatingBlocks.id, block.id)).run();
    audit(tx, actor, 'seating.updateBlock', input.meetingId, { blockId: block.id, ...values });
    return block.id;
  }, IMMEDIATE);
}

/** Removes an empty block; one with people seated in it is refused with how many. */
export function removeBlock(meetingId: number, blockId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const block = tx
      .select()
      .from(seatingBlocks)
      .where(and(eq(seatingBlocks.id, blockId), eq(seatingBlocks.meetingId, meetingId)))
      .get();
    if (!block) throw new AppError('notFound');
    const seated = tx.select({ n: count() }).from(seatAssignments).where(eq(seatAssignments.blockId, blockId)).get()!.n;
    if (seated > 0) throw new AppError('seating.errors.planOrphans', { values: { count: seated } });
    tx.delete(seatingBlocks).where(eq(seatingBlocks.id, blockId)).run();
    // Keep positions 1..n, the order shown front to back; ascending, each moves into a freed place.
    for (const later of listBlocks(meetingId, tx).filter((other) => other.position > block.position)) {
      tx.update(seatingBlocks)
        .set({ position: later.position - 1 })
        .where(eq(seatingBlocks.id, later.id))
        .run();
    }
    audit(tx, actor, 'seating.removeBlock', meetingId, { blockId, name: block.name });
  }, IMMEDIATE);
}

function assertSeatExists(tx: Tx, meetingId: number, seat: SeatRef) {
  if (!seatExists(listBlocks(meetingId, tx), seat)) throw new AppError('seating.errors.outsideHall');
}

/** Keeps a seat out of automatic seating, or gives it back. */
export function toggleReservation(meetingId: number, seat: SeatRef, actor: Actor): boolean {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    assertSeatExists(tx, meetingId, seat);
    const where = and(
      eq(seatReservations.blockId, seat.blockId),
      eq(seatReservations.row, seat.row),
      eq(seatReservations.seat, seat.seat),
    );
    const existing = tx.select({ id: seatReservations.id }).from(seatReservations).where(where).get();
    if (existing) tx.delete(seatReservations).where(eq(seatReservations.id, existing.id)).run();
    else
      tx.insert(seatReservations)
        .values({ meetingId, ...seat })
        .run();
    audit(tx, actor, existing ? 'seating.unreserve' : 'seating.reserve', meetingId, { ...seat });
    return !existing;
  }, IMMEDIATE);
}

function confirmedRegistration(tx: Tx, meetingId: number, registrationId: number) {
  const registration = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.meetingId, meetingId)))
    .get();
  if (!registration) throw new AppError('notFound');
  if (registration.status !== 'confirmed') throw new AppError('seating.errors.notConfirmed');
  return registration;
}

/** Tells a confirmed registrant with an email where they sit, in their language. */
function notifySeat(tx: Tx, meeting: Meeting, registrationId: number, context: SeatingContext) {
  const registration = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get();
  const placement = seatOf([registrationId], tx).get(registrationId);
  if (!registration?.email || registration.status !== 'confirmed' || !placement) return;
  enqueueEmail(
    tx,
    seatEmail(
      { ...registration, email: registration.email, accessToken: accessTokenFor(tx, registration) },
      placement,
      meeting,
      context.origin,
    ),
  );
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * Seats a confirmed registrant, or moves them. The seat must exist and be free; of
 * two organizers choosing one seat at once, the second is told who now sits there.
 * The transaction takes the write lock first and the unique index is the last word.
 */
export function assignSeat(
  meetingId: number,
  registrationId: number,
  seat: SeatRef,
  actor: Actor,
  context: SeatingContext,
): void {
  try {
    db.transaction((tx) => {
      const meeting = loadManagedMeeting(tx, meetingId, actor);
      confirmedRegistration(tx, meetingId, registrationId);
      assertSeatExists(tx, meetingId, seat);
      const occupant = tx
        .select({ registrationId: seatAssignments.registrationId, name: registrations.name })
        .from(seatAssignments)
        .innerJoin(registrations, eq(registrations.id, seatAssignments.registrationId))
        .where(
          and(
            eq(seatAssignments.meetingId, meetingId),
            eq(seatAssignments.blockId, seat.blockId),
            eq(seatAssignments.row, seat.row),
            eq(seatAssignments.seat, seat.seat),
          ),
        )
        .get();
      if (occupant?.registrationId === registrationId) return;
      if (occupant) throw new AppError('seating.errors.seatTaken', { values: { name: occupant.name } });
      const before = tx.select().from(seatAssignments).where(eq(seatAssignments.registrationId, registrationId)).get();
      if (before) {
        tx.update(seatAssignments)
          .set({ ...seat, assignedById: actor?.id ?? null, assignedAt: context.now })
          .where(eq(seatAssignments.id, before.id))
          .run();
      } else {
        tx.insert(seatAssignments)
          .values({ meetingId, registrationId, ...seat, assignedById: actor?.id ?? null, assignedAt: context.now })
          .run();
      }
      audit(
        tx,
        actor,
        before ? 'seating.move' : 'seating.assign',
        meetingId,
        {
          registrationId,
          ...seat,
          ...(before ? { from: { blockId: before.blockId, row: before.row, seat: before.seat } } : {}),
        },
        context.now,
      );
      notifySeat(tx, meeting, registrationId, context);
    }, IMMEDIATE);
  } catch (error) {
    // Another process got there between our read and our write (only possible without the lock).
    if (isUniqueViolation(error)) throw new AppError('seating.errors.seatTakenNow');
    throw error;
  }
}

export function unassignSeat(meetingId: number, registrationId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const removed = tx
      .delete(seatAssignments)
      .where(and(eq(seatAssignments.meetingId, meetingId), eq(seatAssignments.registrationId, registrationId)))
      .returning()
      .get();
    if (!removed) throw new AppError('notFound');
    audit(tx, actor, 'seating.unassign', meetingId, {
      registrationId,
      blockId: removed.blockId,
      row: removed.row,
      seat: removed.seat,
    });
  }, IMMEDIATE);
}

/** Empties the hall (the plan and reserved seats stay), e.g. before seating everyone again. */
export function clearSeats(meetingId: number, actor: Actor): number {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const removed = tx
      .delete(seatAssignments)
      .where(eq(seatAssignments.meetingId, meetingId))
      .returning({ id: seatAssignments.id })
      .all().length;
    audit(tx, actor, 'seating.clear', meetingId, { removed });
    return removed;
  }, IMMEDIATE);
}

/**
 * Seats every confirmed registrant who has no seat yet (engine.ts). A hall smaller
 * than the attendance is allowed: the front ranks are seated first and the result
 * says how many are left without a seat (docs/decisions/0025).
 */
export function autoAssignSeats(
  meetingId: number,
  frontCategoryIds: number[],
  actor: Actor,
  context: SeatingContext,
): { placed: number; unplaced: number } {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    const blocks = listBlocks(meetingId, tx);
    if (blocks.length === 0) throw new AppError('seating.errors.noPlan');
    const categoryOrder = listCategories(meetingId, tx).map((category) => category.id);
    const people = seatingCandidates(meetingId, tx);
    const taken = placementsOf(meetingId, tx);
    const reserved = reservedSeats(meetingId, tx);
    const result = assignSeats({
      blocks,
      reserved,
      taken,
      people,
      frontCategoryIds: frontCategoryIds.filter((id) => categoryOrder.includes(id)),
      categoryOrder,
    });
    for (const placement of result.placed) {
      tx.insert(seatAssignments)
        .values({ meetingId, ...placement, assignedById: actor?.id ?? null, assignedAt: context.now })
        .run();
    }
    audit(
      tx,
      actor,
      'seating.auto',
      meetingId,
      { frontCategoryIds, placed: result.placed.length, unplaced: result.unplaced.length },
      context.now,
    );
    for (const placement of result.placed) notifySeat(tx, meeting, placement.registrationId, context);
    return { placed: result.placed.length, unplaced: result.unplaced.length };
  }, IMMEDIATE);
}

/**
 * Frees a registration's seat inside the caller's transaction: called by the cancel in
 * lib/registrations/mutations/registrant.ts, so the seat is free exactly when the place is given up.
 */
export function releaseSeat(tx: Tx, registrationId: number): void {
  tx.delete(seatAssignments).where(eq(seatAssignments.registrationId, registrationId)).run();
}
