import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { agendaItems } from '@/db/schema';

/** Every item in running order, crew notes included: for organizers' pages only. */
export function listAgendaItems(meetingId: number) {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

/** What the public may read of the agenda: no crew notes, no links that are not announced yet. */
export function listPublicAgenda(meetingId: number) {
  return db
    .select({
      id: agendaItems.id,
      kind: agendaItems.kind,
      title: agendaItems.title,
      titleEn: agendaItems.titleEn,
      plannedMinutes: agendaItems.plannedMinutes,
      presenters: agendaItems.presenters,
      description: agendaItems.description,
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

export function getAgendaItem(itemId: number) {
  return db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
}
