import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db, type Tx } from '@/db';
import { agendaItems } from '@/db/schema';

type Reader = Tx | typeof db;

/**
 * A meeting's items in running order: each one's id and the columns the caller needs. Every reader of the
 * agenda goes through here (control, venue screen, public page, emails, report), so they
 * cannot disagree on what comes next. `reader` is the caller's transaction, when it has one.
 */
export function agendaInOrder<Columns extends Record<string, SQLiteColumn>>(
  meetingId: number,
  columns: Columns,
  reader: Reader = db,
) {
  return reader
    .select({ id: agendaItems.id, ...columns })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

/** Every item in running order, crew notes included: for organizers' pages only. */
export const listAgendaItems = (meetingId: number) => agendaInOrder(meetingId, getTableColumns(agendaItems));

/** What the public may read of the agenda: no crew notes, no links that are not announced yet. */
export const listPublicAgenda = (meetingId: number, reader: Reader = db) =>
  agendaInOrder(
    meetingId,
    {
      kind: agendaItems.kind,
      title: agendaItems.title,
      titleEn: agendaItems.titleEn,
      plannedMinutes: agendaItems.plannedMinutes,
      presenters: agendaItems.presenters,
      description: agendaItems.description,
    },
    reader,
  );

export function getAgendaItem(itemId: number) {
  return db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
}
