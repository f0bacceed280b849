/** A campaign as its managers see it: who runs it, its targets, its versions, and where the agenda hands it over. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  agendaItems,
  organizations,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeIssues,
  pledgeTargets,
  pledgeVersions,
  type TargetSnapshot,
} from '@/db/schema';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { listManagerCandidatesOf, listManagersOf, managerIdsOf } from '@/lib/managers/data';

type Reader = Tx | typeof db;

/** Campaigns the actor runs: all for an admin, else those they manage (decision 0014). */
export function listManagedCampaigns(actor: NonNullable<Actor>) {
  const mine = hasRole(actor, 'admin')
    ? undefined
    : inArray(
        pledgeCampaigns.id,
        db
          .select({ id: pledgeCampaignManagers.campaignId })
          .from(pledgeCampaignManagers)
          .where(eq(pledgeCampaignManagers.userId, actor.id)),
      );
  return db
    .select()
    .from(pledgeCampaigns)
    .where(mine)
    .orderBy(desc(pledgeCampaigns.year), desc(pledgeCampaigns.id))
    .all();
}

export const campaignManagerIds = (campaignId: number, reader: Reader = db): number[] =>
  managerIdsOf(pledgeCampaignManagers, pledgeCampaignManagers.campaignId, campaignId, reader);

export const listCampaignManagers = (campaignId: number) =>
  listManagersOf(pledgeCampaignManagers, pledgeCampaignManagers.campaignId, campaignId);

/** Who could become a manager: active site organizers and admins not yet managing the campaign. */
export const listCampaignManagerCandidates = (campaignId: number) =>
  listManagerCandidatesOf(pledgeCampaignManagers, pledgeCampaignManagers.campaignId, campaignId);

export function getCampaign(campaignId: number, reader: Reader = db) {
  return reader.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get();
}

/** A target as a version records it (pledge_versions.targets): the text signed, and whom it binds. */
const targetColumns = {
  id: pledgeTargets.id,
  description: pledgeTargets.description,
  indicator: pledgeTargets.indicator,
  dueDate: pledgeTargets.dueDate,
  organizationId: pledgeTargets.organizationId,
};

/** The campaign's targets as they stand, in order: what a new or rewritten version freezes. */
export function targetSnapshot(campaignId: number, reader: Reader = db): TargetSnapshot[] {
  return reader
    .select(targetColumns)
    .from(pledgeTargets)
    .where(eq(pledgeTargets.campaignId, campaignId))
    .orderBy(pledgeTargets.position)
    .all();
}

export function listTargets(campaignId: number) {
  return db
    .select({ ...targetColumns, organizationName: organizations.name })
    .from(pledgeTargets)
    .leftJoin(organizations, eq(organizations.id, pledgeTargets.organizationId))
    .where(eq(pledgeTargets.campaignId, campaignId))
    .orderBy(pledgeTargets.position)
    .all();
}

export function getVersion(versionId: number) {
  return db.select().from(pledgeVersions).where(eq(pledgeVersions.id, versionId)).get();
}

export function currentVersion(campaign: { id: number; currentVersion: number }, reader: Reader = db) {
  return reader
    .select()
    .from(pledgeVersions)
    .where(and(eq(pledgeVersions.campaignId, campaign.id), eq(pledgeVersions.number, campaign.currentVersion)))
    .get()!;
}

/** For the agenda form: campaigns an item can hand over. */
export function campaignChoices() {
  return db
    .select({ id: pledgeCampaigns.id, title: pledgeCampaigns.title, year: pledgeCampaigns.year })
    .from(pledgeCampaigns)
    .orderBy(desc(pledgeCampaigns.year))
    .all();
}

/** For a meeting's run sheet: each pledge-handover item with a campaign, and the organizations receiving it. */
export function pledgeHandovers(meetingId: number) {
  const items = db
    .select({
      itemId: agendaItems.id,
      itemTitle: agendaItems.title,
      campaignId: pledgeCampaigns.id,
      campaignTitle: pledgeCampaigns.title,
    })
    .from(agendaItems)
    .innerJoin(pledgeCampaigns, eq(pledgeCampaigns.id, agendaItems.pledgeCampaignId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(agendaItems.position)
    .all();
  return items.map((item) => ({
    ...item,
    organizations: db
      .select({ name: organizations.name })
      .from(pledgeIssues)
      .innerJoin(organizations, eq(organizations.id, pledgeIssues.organizationId))
      .where(and(eq(pledgeIssues.campaignId, item.campaignId), isNull(pledgeIssues.declinedAt)))
      .orderBy(organizations.name)
      .all()
      .map((row) => row.name),
  }));
}
