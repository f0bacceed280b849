import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  auditEvents,
  memberships,
  organizations,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeIssues,
  pledgeVersions,
} from '@/db/schema';
import { makeUser } from '@/test/factories';
import { code } from '@/test/errors';
import {
  addCampaignManager,
  countersignPledge,
  createCampaign,
  issueCampaign,
  removeCampaignManager,
  sendReminders,
  signPledge,
  updateCampaign,
} from './mutations';

const context = { now: new Date('2020-04-30T02:00:00Z'), ip: null, userAgent: null, origin: 'https://convene.example' };
const input = {
  title: '2020年度目标责任书',
  year: 2020,
  body: '特签订本责任书。',
  signingDue: '2020-05-31',
  targets: '垃圾分类达标 | 达标率100% | 2020-10-31',
};

function campaignWithSignedIssue() {
  const organizer = makeUser({ role: 'organizer' });
  const campaignId = createCampaign(input, organizer);
  const organization = db
    .insert(organizations)
    .values({ name: `管理人测试居民区${Math.random()}`, kind: 'residential' })
    .returning()
    .get();
  const rep = makeUser({ name: '王五' });
  db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
  issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, context);
  const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.campaignId, campaignId)).get()!;
  const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
  signPledge({ issueId: issue.id, versionId: version.id, typedName: '王五', confirm: true }, rep, context);
  return { organizer, campaignId, issue };
}

/** Finding 10: an organizer runs only the campaigns they manage (decision 0014). */
describe('campaign managers', () => {
  it('refuses an organizer who does not manage the campaign, changing nothing', () => {
    const { campaignId, issue } = campaignWithSignedIssue();
    const stranger = makeUser({ role: 'organizer' });
    const before = db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get()!;
    expect(code(() => updateCampaign(campaignId, { ...input, body: '改过的文本' }, stranger))).toBe('forbidden');
    expect(code(() => issueCampaign(campaignId, { kind: 'residential', organizationIds: [] }, stranger, context))).toBe(
      'forbidden',
    );
    expect(code(() => sendReminders(campaignId, stranger, context))).toBe('forbidden');
    expect(code(() => countersignPledge(issue.id, stranger, context))).toBe('forbidden');
    expect(code(() => addCampaignManager(campaignId, stranger.id, stranger))).toBe('forbidden');
    expect(db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get()).toEqual(before);
    expect(db.select().from(pledgeIssues).where(eq(pledgeIssues.campaignId, campaignId)).all()).toHaveLength(1);
  });

  it('lets managers add and remove managers, audited, keeps the last one, and lets an admin in', () => {
    const { organizer, campaignId, issue } = campaignWithSignedIssue();
    const colleague = makeUser({ role: 'organizer' });
    addCampaignManager(campaignId, colleague.id, organizer);
    expect(code(() => addCampaignManager(campaignId, colleague.id, organizer))).toBe('alreadyManager');
    expect(code(() => addCampaignManager(campaignId, makeUser().id, organizer))).toBe('managerNeedsRole');
    removeCampaignManager(campaignId, organizer.id, colleague);
    expect(code(() => removeCampaignManager(campaignId, colleague.id, colleague))).toBe('lastManager');
    expect(code(() => sendReminders(campaignId, organizer, context))).toBe('forbidden');
    countersignPledge(issue.id, makeUser({ role: 'admin' }), context);
    expect(
      db
        .select()
        .from(pledgeCampaignManagers)
        .where(eq(pledgeCampaignManagers.campaignId, campaignId))
        .all()
        .map((m) => m.userId),
    ).toEqual([colleague.id]);
    const log = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'pledgeCampaign'), eq(auditEvents.entityId, campaignId)))
      .all();
    expect(log.map((e) => [e.action, e.actorId])).toEqual(
      expect.arrayContaining([
        ['pledgeCampaign.addManager', organizer.id],
        ['pledgeCampaign.removeManager', colleague.id],
      ]),
    );
  });
});
