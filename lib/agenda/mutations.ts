import { and, asc, eq, max, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { agendaItems, meetings } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { diff, recordAudit, type AuditEntry } from '@/lib/audit/mutations';
import { setCeremonyAwards } from '@/lib/awards/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { canEditAgenda } from './permissions';
import { assertPledgeCampaign } from '@/lib/pledges/mutations';
import type { AgendaItemInput } from './schema';

/**
 * Every change to an agenda moves the meeting's agenda version (an editor holding an older one
 * is told the agenda changed) and is audited.
 */
function agendaChanged(tx: Tx, meetingId: number, actor: Actor, event: Omit<AuditEntry, 'actorId'>) {
  tx.update(meetings)
    .set({ agendaVersion: sql`${meetings.agendaVersion} + 1`, updatedAt: new Date() })
    .where(eq(meetings.id, meetingId))
    .run();
  recordAudit(tx, { actorId: actor?.id ?? null, ...event });
}

function loadManagedItem(tx: Tx, itemId: number, actor: Actor) {
  const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) throw new AppError('notFound');
  const meeting = loadManagedMeeting(tx, item.meetingId, actor, canEditAgenda);
  return { item, meeting };
}

function itemsInOrder(tx: Tx, meetingId: number) {
  return tx
    .select({ id: agendaItems.id, startedAt: agendaItems.startedAt })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

/**
 * Writes positions 1..n in the given order. Positions are unique per meeting and
 * SQLite checks that row by row, so every item first steps aside out of range.
 */
function renumber(tx: Tx, meetingId: number, orderedIds: number[]) {
  tx.update(agendaItems)
    .set({ position: sql`${agendaItems.position} + 1000000` })
    .where(eq(agendaItems.meetingId, meetingId))
    .run();
  orderedIds.forEach((id, index) => {
    tx.update(agendaItems)
      .set({ position: index + 1 })
      .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)))
      .run();
  });
}

export function addAgendaItem(meetingId: number, input: AgendaItemInput, actor: Actor): number {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor, canEditAgenda);
    assertPledgeCampaign(tx, input.pledgeCampaignId);
    const { awardIds, ...fields } = input;
    const last = tx
      .select({ position: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .get();
    const { id } = tx
      .insert(agendaItems)
      .values({ ...fields, meetingId, position: (last?.position ?? 0) + 1 })
      .returning({ id: agendaItems.id })
      .get();
    setCeremonyAwards(tx, id, awardIds);
    agendaChanged(tx, meetingId, actor, {
      action: 'agendaItem.create',
      entityType: 'agendaItem',
      entityId: id,
      changes: { meetingId, ...input },
    });
    return id;
  }, IMMEDIATE);
}

export function updateAgendaItem(itemId: number, input: AgendaItemInput, actor: Actor): number {
  return db.transaction((tx) => {
    const { item } = loadManagedItem(tx, itemId, actor);
    assertPledgeCampaign(tx, input.pledgeCampaignId);
    const { awardIds, ...fields } = input;
    const changes = diff(item, fields);
    const awardsBefore = setCeremonyAwards(tx, itemId, awardIds);
    if (awardsBefore) changes.awardIds = [awardsBefore, awardIds];
    if (Object.keys(changes).length > 0) {
      tx.update(agendaItems)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(agendaItems.id, itemId))
        .run();
      agendaChanged(tx, item.meetingId, actor, {
        action: 'agendaItem.update',
        entityType: 'agendaItem',
        entityId: itemId,
        changes: { meetingId: item.meetingId, ...changes },
      });
    }
    return item.meetingId;
  }, IMMEDIATE);
}

export function removeAgendaItem(itemId: number, actor: Actor): number {
  return db.transaction((tx) => {
    const { item } = loadManagedItem(tx, itemId, actor);
    // Its real start time is part of the record of the day; reset the run first to remove it.
    if (item.startedAt) throw new AppError('itemStarted');
    tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
    renumber(
      tx,
      item.meetingId,
      itemsInOrder(tx, item.meetingId).map((row) => row.id),
    );
    agendaChanged(tx, item.meetingId, actor, {
      action: 'agendaItem.delete',
      entityType: 'agendaItem',
      entityId: itemId,
      changes: { meetingId: item.meetingId, title: item.title, kind: item.kind, position: item.position },
    });
    return item.meetingId;
  }, IMMEDIATE);
}

/** Puts the agenda in `order` (checked by the caller), audited as one reorder from `current`. */
function writeOrder(tx: Tx, meetingId: number, current: { id: number }[], order: number[], actor: Actor) {
  renumber(tx, meetingId, order);
  agendaChanged(tx, meetingId, actor, {
    action: 'meeting.reorderAgenda',
    entityType: 'meeting',
    entityId: meetingId,
    changes: { order: [current.map((item) => item.id), order] },
  });
}

/** Items already run stay at the top in the order they ran; only what is still to come can move. */
function assertStartedStayFirst(current: { id: number; startedAt: Date | null }[], order: number[]) {
  const started = current.filter((item) => item.startedAt).map((item) => item.id);
  if (started.some((id, index) => order[index] !== id)) throw new AppError('itemStarted');
}

/**
 * Puts the agenda in a new order. The caller says which version of the agenda it
 * reordered; if anyone changed the agenda since, nothing moves and the caller is
 * told, so two organizers dragging at once cannot interleave into a scramble.
 */
export function reorderAgenda(meetingId: number, order: number[], expectedVersion: number, actor: Actor): void {
  db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor, canEditAgenda);
    if (meeting.agendaVersion !== expectedVersion) throw new AppError('agendaChanged');
    const current = itemsInOrder(tx, meetingId);
    const sameItems =
      order.length === current.length &&
      new Set(order).size === order.length &&
      current.every((item) => order.includes(item.id));
    if (!sameItems) throw new AppError('agendaChanged');
    assertStartedStayFirst(current, order);
    if (order.every((id, index) => current[index]!.id === id)) return;
    writeOrder(tx, meetingId, current, order, actor);
  }, IMMEDIATE);
}

/** One place up or down: what the keyboard buttons do, against the agenda as it is now. */
export function moveAgendaItem(itemId: number, direction: 'up' | 'down', actor: Actor): number {
  return db.transaction((tx) => {
    const { item } = loadManagedItem(tx, itemId, actor);
    const current = itemsInOrder(tx, item.meetingId);
    const from = current.findIndex((row) => row.id === itemId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= current.length) return item.meetingId;
    const order = current.map((row) => row.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    assertStartedStayFirst(current, order);
    writeOrder(tx, item.meetingId, current, order, actor);
    return item.meetingId;
  }, IMMEDIATE);
}
