import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db';
import { agendaItems, type Meeting } from '@/db/schema';
import { recordAudit } from '@/lib/audit/mutations';
import { campaignManagerIds, getCampaign, targetSnapshot } from '@/lib/pledges/data';
import { insertCampaign } from '@/lib/pledges/mutations';
import { nextYearDay, nextYearInstant, nextYearText } from '../shift';

/** Pledge due instants are end-of-day in the host's zone (lib/pledges/mutations/campaigns.ts dueInstant). */
const PLEDGE_ZONE = 'Asia/Shanghai';

/**
 * Each pledge campaign handed over at last year's meeting, recreated for the next year:
 * text and targets as the starting point (years and due dates a year on), managers,
 * not issued to anyone, and a link to last year's campaign for its progress summary.
 */
export function copyCampaigns(tx: Tx, last: Meeting, year: number, actorId: number, now: Date): Map<number, number> {
  const linked = tx
    .select({ campaignId: agendaItems.pledgeCampaignId })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, last.id), isNotNull(agendaItems.pledgeCampaignId)))
    .orderBy(asc(agendaItems.position))
    .all();
  const copies = new Map<number, number>();
  for (const campaignId of new Set(linked.map((row) => row.campaignId!))) {
    const campaign = getCampaign(campaignId, tx);
    if (!campaign) continue;
    // Targets keep their order; positions are 1…n in every campaign (createCampaign and updateCampaign write them so).
    const targets = targetSnapshot(campaign.id, tx).map((target) => ({
      ...target,
      dueDate: nextYearDay(target.dueDate),
    }));
    const { id } = insertCampaign(
      tx,
      {
        title: nextYearText(campaign.title, year),
        year: campaign.year + 1,
        body: nextYearText(campaign.body, year),
        signingDueAt: nextYearInstant(campaign.signingDueAt, PLEDGE_ZONE),
        previousCampaignId: campaign.id,
        createdById: actorId,
      },
      [actorId, ...campaignManagerIds(campaign.id, tx)],
      targets,
      now,
    );
    recordAudit(tx, {
      actorId,
      action: 'pledgeCampaign.create',
      entityType: 'pledgeCampaign',
      entityId: id,
      changes: {
        previousCampaignId: campaign.id,
        title: nextYearText(campaign.title, year),
        year: campaign.year + 1,
        targets: targets.length,
      },
    });
    copies.set(campaign.id, id);
  }
  return copies;
}
