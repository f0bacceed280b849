import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db';
import {
  agendaItems,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeTargets,
  pledgeVersions,
  type Meeting,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/mutations';
import { campaignManagerIds, getCampaign, targetSnapshot } from '@/lib/pledges/data';
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
    const body = nextYearText(campaign.body, year);
    const { id } = tx
      .insert(pledgeCampaigns)
      .values({
        title: nextYearText(campaign.title, year),
        year: campaign.year + 1,
        body,
        signingDueAt: nextYearInstant(campaign.signingDueAt, PLEDGE_ZONE),
        previousCampaignId: campaign.id,
        createdById: actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: pledgeCampaigns.id })
      .get();
    for (const userId of new Set([actorId, ...campaignManagerIds(campaign.id, tx)]))
      tx.insert(pledgeCampaignManagers).values({ campaignId: id, userId, createdAt: now }).run();
    const targets = tx
      .select()
      .from(pledgeTargets)
      .where(eq(pledgeTargets.campaignId, campaign.id))
      .orderBy(asc(pledgeTargets.position))
      .all();
    for (const target of targets) {
      tx.insert(pledgeTargets)
        .values({
          campaignId: id,
          organizationId: target.organizationId,
          description: target.description,
          indicator: target.indicator,
          dueDate: nextYearDay(target.dueDate),
          position: target.position,
        })
        .run();
    }
    // Version 1, unsigned, as createCampaign leaves a new campaign: editable until issued and signed.
    tx.insert(pledgeVersions)
      .values({ campaignId: id, number: 1, body, targets: targetSnapshot(id, tx), createdAt: now })
      .run();
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
