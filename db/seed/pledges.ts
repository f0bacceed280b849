import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/mutations';
import { newVerificationCode, pledgeDocument } from '@/lib/pledges/canonical';
import { insertCampaign } from '@/lib/pledges/mutations';
import type { Tx } from '../index';
import {
  agendaItems,
  meetings,
  memberships,
  organizations,
  pledgeCampaigns,
  pledgeIssues,
  pledgeSignatures,
  progressReports,
  users,
} from '../schema';

const title = '2020年度精神文明创建工作目标责任书';

const body = `为深入贯彻落实党的十九大精神，巩固全国文明城区创建成果，推进南京西路街道新时代文明实践工作，经研究，街道与各责任单位签订本责任书。

## 一、工作目标

坚持以社会主义核心价值观为引领，以“勇担使命再出发，同舟共济筑未来”为主题，把疫情防控中形成的好经验、好做法转化为常态化的文明创建机制。

## 二、责任内容

- 落实单位主要负责人为文明创建第一责任人；
- 组织党员、职工参与新时代文明实践志愿服务；
- 做好垃圾分类、文明交通、文明餐桌等宣传引导；
- 按季度报送工作进展，年底接受考核。

## 三、附则

1. 本责任书一式两份，街道和责任单位各执一份。
2. 本责任书自签订之日起生效，有效期至2020年12月31日。`;

const sharedTargets = [
  {
    description: '组织党员、职工参与新时代文明实践志愿服务',
    indicator: '全年不少于4次，参与人次不少于在册党员数的60%',
    dueDate: '2020-12-31',
  },
  { description: '垃圾分类宣传与实效', indicator: '分类达标率100%，每季度开展1次宣传', dueDate: '2020-12-31' },
  { description: '疫情防控常态化', indicator: '防控制度上墙，应急预案演练不少于1次', dueDate: '2020-09-30' },
];
const extraTarget = {
  organization: '恒隆广场联合党委',
  description: '楼宇“文明商圈”创建',
  indicator: '楼宇内商户文明公约签约率90%以上',
  dueDate: '2020-11-30',
};

// Who has not signed yet: the demo representative's own organization (so they can try it), one that never opened it, one that declined.
const unsigned = { viewed: '新成居民区党总支', untouched: '链家党支部', declined: '巨富长党支部' };
const notCountersigned = '陕西大厦党支部';

const at = (iso: string) => new Date(iso);

/**
 * The 2020 pledge from the reference scenario, issued to the member organizations, most
 * signed and countersigned, some progress filed, and linked to the conference's
 * pledge-handover agenda item. Hashes come from the real canonical text.
 */
export function seedPledges(tx: Tx): void {
  if (
    tx
      .select({ id: pledgeCampaigns.id })
      .from(pledgeCampaigns)
      .where(and(eq(pledgeCampaigns.title, title), eq(pledgeCampaigns.year, 2020)))
      .get()
  )
    return;
  const host = tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.email, 'organizer@convene.local'))
    .get();
  if (!host) return;
  const createdAt = at('2020-04-20T02:00:00Z');
  const orgId = (name: string) =>
    tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, name)).get()?.id ?? null;
  const campaign = insertCampaign(
    tx,
    { title, year: 2020, body, signingDueAt: at('2020-05-15T15:59:59Z'), createdById: host.id },
    [host.id],
    [
      ...sharedTargets.map((target) => ({ ...target, organizationId: null })),
      { ...extraTarget, organizationId: orgId(extraTarget.organization) },
    ],
    createdAt,
  );
  const { version } = campaign;
  const targets = version.targets;
  const recipients = tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        isNull(organizations.archivedAt),
        inArray(organizations.kind, ['residential', 'regional', 'new_economic_social']),
      ),
    )
    .orderBy(organizations.id)
    .all();

  recipients.forEach((organization, index) => {
    const issuedAt = at('2020-04-22T01:00:00Z');
    const viewedAt =
      organization.name === unsigned.untouched ? null : new Date(issuedAt.getTime() + (index + 1) * 3_600_000);
    const declined = organization.name === unsigned.declined;
    const issue = tx
      .insert(pledgeIssues)
      .values({
        campaignId: campaign.id,
        organizationId: organization.id,
        issuedAt,
        issuedById: host.id,
        viewedAt,
        declinedAt: declined ? at('2020-04-25T03:00:00Z') : null,
        declineReason: declined ? '支部正在换届，待新一届支委会讨论后签署。' : null,
      })
      .returning()
      .get();
    if (organization.name === unsigned.viewed || organization.name === unsigned.untouched || declined) return;
    const rep = tx
      .select({ id: users.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organization.id), eq(memberships.isRepresentative, true)))
      .orderBy(users.id)
      .get();
    if (!rep) return;
    const { hash } = pledgeDocument(version, organization.id);
    // Signed at the ceremony, one after another from 10:05 Shanghai time.
    const signedAt = new Date(at('2020-04-30T02:05:00Z').getTime() + index * 60_000);
    const signature = {
      issueId: issue.id,
      versionId: version.id,
      organizationId: organization.id,
      ip: null,
      userAgent: null,
      sha256: hash,
    };
    tx.insert(pledgeSignatures)
      .values({
        ...signature,
        kind: 'representative',
        signerId: rep.id,
        typedName: rep.name,
        signerName: rep.name,
        signedAt,
        verificationCode: newVerificationCode(),
      })
      .run();
    // Each signature has its audit event with the hash signed, as signPledge writes it: /verify checks against it.
    recordAudit(
      tx,
      {
        actorId: rep.id,
        action: 'pledgeIssue.sign',
        entityType: 'pledgeIssue',
        entityId: issue.id,
        changes: { version: 1, sha256: hash },
      },
      signedAt,
    );
    if (organization.name !== notCountersigned) {
      const countersignedAt = new Date(signedAt.getTime() + 30_000);
      tx.insert(pledgeSignatures)
        .values({
          ...signature,
          kind: 'countersign',
          signerId: host.id,
          typedName: host.name,
          signerName: host.name,
          signedAt: countersignedAt,
          verificationCode: newVerificationCode(),
        })
        .run();
      recordAudit(
        tx,
        {
          actorId: host.id,
          action: 'pledgeIssue.countersign',
          entityType: 'pledgeIssue',
          entityId: issue.id,
          changes: { sha256: hash },
        },
        countersignedAt,
      );
    }
    // Every other organization has reported on each of its targets by autumn.
    if (index % 2 === 0) {
      const own = targets.filter((t) => t.organizationId === null || t.organizationId === organization.id);
      own.forEach((target, i) => {
        const status = i === 0 ? 'done' : 'in_progress';
        tx.insert(progressReports)
          .values({
            targetId: target.id,
            organizationId: organization.id,
            status,
            percent: status === 'done' ? 100 : 50 + (index % 4) * 10,
            note: i === 0 ? '已开展志愿服务5次，参与党员126人次。' : '已完成两个季度的工作，按计划推进。',
            reportedById: rep.id,
            createdAt: at('2020-09-15T06:00:00Z'),
          })
          .run();
      });
    }
  });

  // The conference's handover item hands over this campaign.
  const meeting = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get();
  if (meeting) {
    tx.update(agendaItems)
      .set({ pledgeCampaignId: campaign.id })
      .where(
        and(
          eq(agendaItems.meetingId, meeting.id),
          eq(agendaItems.kind, 'pledge_handover'),
          isNull(agendaItems.pledgeCampaignId),
        ),
      )
      .run();
  }
}
