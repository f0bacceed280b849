import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { agendaItems, meetings, pledgeCampaigns } from '@/db/schema';

export type EditionLink = {
  id: number;
  title: string;
  titleEn: string | null;
  startsAt: Date;
  timeZone: string;
  status: string;
};

const linkColumns = {
  id: meetings.id,
  title: meetings.title,
  titleEn: meetings.titleEn,
  startsAt: meetings.startsAt,
  timeZone: meetings.timeZone,
  status: meetings.status,
};

/** Last year's and next year's edition of a meeting, when they exist (decision 0027). */
export function editionLinks(meetingId: number): { previous: EditionLink | null; next: EditionLink | null } {
  const self = db
    .select({ previousEditionId: meetings.previousEditionId })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .get();
  const previous = self?.previousEditionId
    ? (db.select(linkColumns).from(meetings).where(eq(meetings.id, self.previousEditionId)).get() ?? null)
    : null;
  const next = db.select(linkColumns).from(meetings).where(eq(meetings.previousEditionId, meetingId)).get() ?? null;
  return { previous, next };
}

/**
 * The pledge campaigns this meeting hands over that were started from last year's,
 * each with last year's campaign: its progress summary is the starting point.
 */
export function campaignsFromLastYear(meetingId: number) {
  const previous = alias(pledgeCampaigns, 'previous_campaign');
  const rows = db
    .selectDistinct({
      id: pledgeCampaigns.id,
      title: pledgeCampaigns.title,
      previousId: previous.id,
      previousTitle: previous.title,
    })
    .from(agendaItems)
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, agendaItems.pledgeCampaignId))
    .innerJoin(previous, eq(previous.id, pledgeCampaigns.previousCampaignId))
    .where(and(eq(agendaItems.meetingId, meetingId), isNotNull(pledgeCampaigns.previousCampaignId)))
    .orderBy(asc(pledgeCampaigns.id))
    .all();
  return rows;
}
