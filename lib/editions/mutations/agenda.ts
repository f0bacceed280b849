import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db';
import { agendaItems, ceremonyAwards, type Meeting } from '@/db/schema';
import { nextYearText } from '../shift';

/** The run of show without what happened on the day; links re-pointed to next year's awards and campaigns. */
export function copyAgenda(
  tx: Tx,
  last: Meeting,
  meetingId: number,
  year: number,
  keepPresenters: boolean,
  awardIds: Map<number, number>,
  campaignIds: Map<number, number>,
): number {
  const items = tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, last.id))
    .orderBy(asc(agendaItems.position))
    .all();
  const presented = items.length
    ? tx
        .select()
        .from(ceremonyAwards)
        .where(
          inArray(
            ceremonyAwards.agendaItemId,
            items.map((item) => item.id),
          ),
        )
        .orderBy(asc(ceremonyAwards.position))
        .all()
    : [];
  for (const item of items) {
    const { id } = tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: item.position,
        kind: item.kind,
        title: nextYearText(item.title, year),
        titleEn: nextYearText(item.titleEn, year),
        plannedMinutes: item.plannedMinutes,
        presenters: keepPresenters ? item.presenters : null,
        description: nextYearText(item.description, year),
        crewNotes: item.crewNotes,
        pledgeCampaignId: item.pledgeCampaignId ? (campaignIds.get(item.pledgeCampaignId) ?? null) : null,
      })
      .returning({ id: agendaItems.id })
      .get();
    for (const link of presented.filter((row) => row.agendaItemId === item.id)) {
      tx.insert(ceremonyAwards)
        .values({ agendaItemId: id, awardId: awardIds.get(link.awardId)!, position: link.position })
        .run();
    }
  }
  return items.length;
}
