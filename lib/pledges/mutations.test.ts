import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  memberships,
  organizations,
  outboxEmails,
  pledgeIssues,
  pledgeSignatures,
  pledgeVersions,
  progressReports,
} from '@/db/schema';
import { makeUser } from '@/test/factories';
import { pledgeDocument } from './canonical';
import {
  countersignPledge,
  createCampaign,
  declinePledge,
  issueCampaign,
  markViewed,
  reportProgress,
  sendReminders,
  signPledge,
  updateCampaign,
} from './mutations';
import { addAgendaItem } from '@/lib/agenda/mutations';
import { agendaItem, makeMeeting } from '@/test/meetings';
import { campaignDashboard, getVersion, pledgeHandovers, progressSummary } from './data';
import { code } from '@/test/errors';

const organizer = makeUser({ role: 'organizer' });
const context = {
  now: new Date('2020-04-30T02:00:00Z'),
  ip: '203.0.113.7',
  userAgent: 'test-agent',
  origin: 'https://convene.example',
};
let n = 0;
function organizationWithRepresentative(name = '张三') {
  n += 1;
  const organization = db
    .insert(organizations)
    .values({ name: `测试居民区${n}`, kind: 'residential' })
    .returning()
    .get();
  const rep = makeUser({ name });
  db.insert(memberships).values({ userId: rep.id, organizationId: organization.id, isRepresentative: true }).run();
  return { organization, rep };
}
const input = (overrides: Partial<Parameters<typeof createCampaign>[0]> = {}) => ({
  title: '2020年度文明创建目标责任书',
  year: 2020,
  body: '# 目标责任书\n\n为深入推进文明城区创建，特签订本责任书。\n\n- 落实责任\n- 按期完成',
  signingDue: '2020-05-31',
  targets: '开展文明实践活动 | 每季度不少于2次 | 2020-12-31\n垃圾分类达标 | 达标率100% | 2020-10-31',
  ...overrides,
});
function issued() {
  const campaignId = createCampaign(input(), organizer);
  const { organization, rep } = organizationWithRepresentative();
  issueCampaign(campaignId, { organizationIds: [organization.id] }, organizer, context);
  const issue = db.select().from(pledgeIssues).where(eq(pledgeIssues.organizationId, organization.id)).get()!;
  const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaignId)).get()!;
  return { campaignId, organization, rep, issue, version };
}

describe('issuing and signing a pledge', () => {
  it('notifies representatives, records viewing, and signs with the hash of the exact text', () => {
    const { rep, issue, version, organization } = issued();
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.to, rep.email)).all()).toHaveLength(1);
    markViewed(issue.id, rep);
    expect(db.select().from(pledgeIssues).where(eq(pledgeIssues.id, issue.id)).get()!.viewedAt).not.toBeNull();
    const result = signPledge(
      { issueId: issue.id, versionId: version.id, typedName: ' 张 三 ', confirm: true },
      rep,
      context,
    );
    const row = db.select().from(pledgeSignatures).where(eq(pledgeSignatures.id, result.signatureId)).get()!;
    expect(row).toMatchObject({
      ip: '203.0.113.7',
      userAgent: 'test-agent',
      signerName: '张三',
      sha256: pledgeDocument(version, organization.id).hash,
    });
  });

  it('refuses a wrong name, a missing confirmation, a non-representative and a decline without reason, changing nothing', () => {
    const { rep, issue, version } = issued();
    const other = organizationWithRepresentative('李四').rep;
    expect(
      code(() =>
        signPledge({ issueId: issue.id, versionId: version.id, typedName: '李四', confirm: true }, rep, context),
      ),
    ).toBe('nameMismatch');
    expect(
      code(() =>
        signPledge({ issueId: issue.id, versionId: version.id, typedName: '张三', confirm: false }, rep, context),
      ),
    ).toBe('confirmRequired');
    expect(
      code(() =>
        signPledge({ issueId: issue.id, versionId: version.id, typedName: '李四', confirm: true }, other, context),
      ),
    ).toBe('notRepresentative');
    expect(code(() => declinePledge(issue.id, '  ', rep))).toBe('reasonRequired');
    expect(code(() => issueCampaign(issue.campaignId, { organizationIds: [999_999] }, organizer, context))).toBe(
      'noOrganizations',
    );
    expect(
      code(() =>
        signPledge({ issueId: 999_999, versionId: version.id, typedName: '张三', confirm: true }, rep, context),
      ),
    ).toBe('notFound');
    expect(db.select().from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issue.id)).all()).toEqual([]);
  });

  it('double signing leaves one signature, also when the two attempts race', async () => {
    const { rep, issue, version } = issued();
    const attempt = () =>
      Promise.resolve().then(() =>
        code(() =>
          signPledge({ issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true }, rep, context),
        ),
      );
    const outcomes = await Promise.all([attempt(), attempt(), attempt()]);
    expect(outcomes.filter((o) => o === 'no error')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'alreadySigned')).toHaveLength(2);
    expect(db.select().from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issue.id)).all()).toHaveLength(1);
    // The unique index holds even for a hand-made insert that skips the checks.
    const row = db.select().from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issue.id)).get()!;
    expect(() =>
      db
        .insert(pledgeSignatures)
        .values({ ...row, id: undefined, verificationCode: 'ZZZZZZZZZZ' })
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('a signature row cannot be updated or deleted, even in SQL', () => {
    const { rep, issue, version } = issued();
    const { signatureId } = signPledge(
      { issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true },
      rep,
      context,
    );
    expect(() =>
      db.update(pledgeSignatures).set({ typedName: '王五' }).where(eq(pledgeSignatures.id, signatureId)).run(),
    ).toThrow(/immutable/);
    expect(() => db.$client.prepare('delete from pledge_signatures where id = ?').run(signatureId)).toThrow(
      /immutable/,
    );
    expect(() =>
      db.update(pledgeVersions).set({ body: 'changed' }).where(eq(pledgeVersions.id, version.id)).run(),
    ).toThrow(/immutable/);
    expect(db.select().from(pledgeSignatures).where(eq(pledgeSignatures.id, signatureId)).get()!.typedName).toBe(
      '张三',
    );
  });

  it('an edit after signing makes a new version; old signatures stay bound to their text, old forms are refused', () => {
    const { campaignId, rep, issue, version, organization } = issued();
    const second = organizationWithRepresentative('王五');
    issueCampaign(campaignId, { organizationIds: [second.organization.id] }, organizer, context);
    const secondIssue = db
      .select()
      .from(pledgeIssues)
      .where(eq(pledgeIssues.organizationId, second.organization.id))
      .get()!;
    // Before anyone signs, an edit rewrites version 1.
    expect(
      updateCampaign(campaignId, input({ body: input().body + '\n\n本责任书一式两份。' }), organizer).version,
    ).toBe(1);
    const v1 = getVersion(version.id)!;
    signPledge({ issueId: issue.id, versionId: v1.id, typedName: '张三', confirm: true }, rep, context);
    expect(updateCampaign(campaignId, input({ body: '改写后的正文' }), organizer).version).toBe(2);
    const first = db.select().from(pledgeSignatures).where(eq(pledgeSignatures.issueId, issue.id)).get()!;
    expect(first.versionId).toBe(v1.id);
    expect(first.sha256).toBe(pledgeDocument(getVersion(v1.id)!, organization.id).hash);
    expect(
      code(() =>
        signPledge(
          { issueId: secondIssue.id, versionId: v1.id, typedName: '王五', confirm: true },
          second.rep,
          context,
        ),
      ),
    ).toBe('oldVersion');
    const v2 = db
      .select()
      .from(pledgeVersions)
      .where(eq(pledgeVersions.number, 2))
      .all()
      .find((v) => v.campaignId === campaignId)!;
    signPledge({ issueId: secondIssue.id, versionId: v2.id, typedName: '王五', confirm: true }, second.rep, context);
    const rows = campaignDashboard(campaignId, context.now);
    expect(rows.map((r) => [r.organizationName, r.signedVersion])).toEqual(
      expect.arrayContaining([
        [organization.name, 1],
        [second.organization.name, 2],
      ]),
    );
  });

  it('countersigns, reminds the unsigned, records decline and progress', () => {
    const { campaignId, rep, issue, version } = issued();
    const late = organizationWithRepresentative('赵六');
    issueCampaign(campaignId, { organizationIds: [late.organization.id] }, organizer, context);
    expect(code(() => countersignPledge(issue.id, organizer, context))).toBe('notSigned');
    signPledge({ issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true }, rep, context);
    expect(code(() => countersignPledge(issue.id, rep, context))).toBe('forbidden');
    countersignPledge(issue.id, organizer, context);
    expect(code(() => countersignPledge(issue.id, organizer, context))).toBe('alreadyCountersigned');
    expect(sendReminders(campaignId, organizer, context)).toBe(1);
    const target = version.targets[0]!;
    expect(
      code(() =>
        reportProgress(
          { issueId: issue.id, targetId: target.id, status: 'in_progress', percent: 40, note: null },
          null,
          late.rep,
        ),
      ),
    ).toBe('notRepresentative');
    reportProgress(
      { issueId: issue.id, targetId: target.id, status: 'in_progress', percent: 40, note: '已开展1次' },
      null,
      rep,
    );
    expect(
      db.select().from(progressReports).where(eq(progressReports.organizationId, issue.organizationId)).all(),
    ).toHaveLength(1);
    const lateIssue = db
      .select()
      .from(pledgeIssues)
      .where(eq(pledgeIssues.organizationId, late.organization.id))
      .get()!;
    declinePledge(lateIssue.id, '本单位已撤销', late.rep);
    const rows = campaignDashboard(campaignId, new Date('2020-06-02T00:00:00Z'));
    expect(rows.find((r) => r.issueId === issue.id)).toMatchObject({ status: 'countersigned', progressPercent: 20 });
    expect(rows.find((r) => r.issueId === lateIssue.id)?.status).toBe('declined');
  });

  it('summarizes the year per target: signed organizations with their latest report, unsigned ones left out', () => {
    const { campaignId, rep, issue, version } = issued();
    const unsigned = organizationWithRepresentative('钱七');
    issueCampaign(campaignId, { organizationIds: [unsigned.organization.id] }, organizer, context);
    signPledge({ issueId: issue.id, versionId: version.id, typedName: '张三', confirm: true }, rep, context);
    const [first, second] = [version.targets[0]!, version.targets[1]!];
    reportProgress(
      { issueId: issue.id, targetId: first.id, status: 'in_progress', percent: 40, note: '已开展1次' },
      null,
      rep,
    );
    reportProgress(
      { issueId: issue.id, targetId: first.id, status: 'done', percent: 100, note: '全年4次已完成' },
      null,
      rep,
    );
    const summary = progressSummary(campaignId);
    expect(summary.map((target) => target.id)).toEqual([first.id, second.id]);
    expect(summary[0]!.rows).toEqual([
      expect.objectContaining({
        organizationId: issue.organizationId,
        status: 'done',
        percent: 100,
        note: '全年4次已完成',
      }),
    ]);
    expect(summary[0]!.done).toBe(1);
    expect(summary[1]!.rows).toEqual([
      expect.objectContaining({ organizationId: issue.organizationId, status: null, percent: 0 }),
    ]);
  });
});

describe('the pledge-handover agenda item', () => {
  it('links to a campaign and lists the organizations receiving it; a forged campaign id is refused', () => {
    const { campaignId, organization } = issued();
    const meeting = makeMeeting(organizer);
    expect(
      code(() =>
        addAgendaItem(meeting.id, agendaItem({ kind: 'pledge_handover', pledgeCampaignId: 999_999 }), organizer),
      ),
    ).toBe('notFound');
    addAgendaItem(
      meeting.id,
      agendaItem({ kind: 'pledge_handover', title: '签订责任书', pledgeCampaignId: campaignId }),
      organizer,
    );
    expect(pledgeHandovers(meeting.id)).toEqual([
      expect.objectContaining({ itemTitle: '签订责任书', campaignId, organizations: [organization.name] }),
    ]);
  });
});
