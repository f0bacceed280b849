import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { encodeChoices, slotNumbers } from '@/lib/awards/ballot-slots';
import { recordAudit } from '@/lib/audit/mutations';
import type { Tx } from '../index';
import {
  agendaItems,
  awardCategories,
  awardManagers,
  awards,
  ceremonyAwards,
  committeeMembers,
  meetings,
  nominations,
  roundParticipations,
  secretBallots,
  users,
  votingRounds,
} from '../schema';

const at = (iso: string) => new Date(`${iso}+08:00`);
const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

type SeedNomination = {
  kind: 'individual' | 'group' | 'organization';
  names: string;
  organization: string;
  citation: string;
};

/** The scenario's nominees, with invented names (scenario/README.md: "invent the people's names"). */
const goldenKey: SeedNomination[] = [
  {
    kind: 'individual',
    names: '沈若兰',
    organization: '新成居民区党总支',
    citation: '社工党员，人口排查期间挨家挨户敲门登记，连续奋战二十余天，手指都敲肿了，仍坚持把每一户的情况核实清楚。',
  },
  {
    kind: 'group',
    names: '钱家伟、钱陈慧',
    organization: '古柏居民区',
    citation: '夫妻二人自发为社区筹集口罩、消毒液等防疫物资，并每天到小区门岗帮忙值守。',
  },
  {
    kind: 'individual',
    names: '邹德明',
    organization: '华业居民区党总支',
    citation: '退休老党员，疫情期间主动交纳一万元特殊党费，支持一线防疫工作。',
  },
];
const fighters: SeedNomination[] = [
  {
    kind: 'group',
    names: '中凯居民区第二党支部',
    organization: '中凯居民区党总支',
    citation: '首创“一二三”值守法：每个楼栋一个群，每天两人值班，居委、物业、业委会三方联防，做到无死角。',
  },
  {
    kind: 'group',
    names: '升平居民区巡逻党支部',
    organization: '升平居民区党总支',
    citation: '组织党员志愿者每天两次巡查每一条弄堂，及时发现并劝导未戴口罩人员。',
  },
  {
    kind: 'organization',
    names: '恒隆广场联合党委志愿服务队',
    organization: '恒隆广场联合党委',
    citation: '联合建设银行南京西路支行、链家等单位的志愿者，在楼宇入口轮班值守、测量体温，服务白领上万人次。',
  },
];
const fumin: SeedNomination[] = [
  {
    kind: 'individual',
    names: '韦秋华',
    organization: '陕西大厦',
    citation: '长期为独居老人代购生活用品、上门理发，被居民称为“贴心人”。',
  },
  {
    kind: 'organization',
    names: '中国银行静安支行党支部',
    organization: '中国银行静安支行',
    citation: '为辖区小微企业开辟复工复产绿色通道，帮助四十余家商户渡过难关。',
  },
];

/**
 * The 2019 awards of the reference conference: the Golden Key Award (with the special
 * Anti-Epidemic Fighter category) and the Fumin Award, a committee of seven, closed and
 * published secret rounds, and the ceremony agenda item linked to the Golden Key Award.
 * Left alone if the Golden Key Award is already there.
 */
export function seedAwards(tx: Tx) {
  if (
    tx
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.name, '金钥匙奖'), eq(awards.cycleYear, 2019)))
      .get()
  )
    return;
  const organizer = tx.select({ id: users.id }).from(users).where(eq(users.email, 'organizer@convene.local')).get();
  // Chair and two members can sign in (demo accounts); four more from the seeded people.
  const committeeEmails = [
    'member@convene.local',
    'rep@convene.local',
    'admin@convene.local',
    'person001@demo.convene.local',
    'person002@demo.convene.local',
    'person007@demo.convene.local',
    'person013@demo.convene.local',
  ];
  const committee = committeeEmails
    .map((email) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get())
    .filter((u): u is { id: number } => !!u);
  const windows = {
    nominationsOpenAt: at('2019-11-01T09:00'),
    nominationsCloseAt: at('2020-01-31T17:00'),
    votingOpensAt: at('2020-03-20T09:00'),
    votingClosesAt: at('2020-04-10T17:00'),
  };

  const makeAward = (
    [name, nameEn]: [string, string],
    description: string,
    rules: string,
    categories: { name: string; nameEn: string; description: string; winners: number; nominees: SeedNomination[] }[],
  ) => {
    const { id: awardId } = tx
      .insert(awards)
      .values({
        name,
        nameEn,
        cycleYear: 2019,
        description,
        rules,
        ...windows,
        publicNominations: true,
        createdById: organizer?.id ?? null,
      })
      .returning({ id: awards.id })
      .get();
    if (organizer) tx.insert(awardManagers).values({ awardId, userId: organizer.id }).run();
    committee.forEach((member, index) =>
      tx
        .insert(committeeMembers)
        .values({ awardId, userId: member.id, role: index === 0 ? 'chair' : 'member' })
        .run(),
    );
    categories.forEach((category, position) => {
      const { id: categoryId } = tx
        .insert(awardCategories)
        .values({
          awardId,
          name: category.name,
          nameEn: category.nameEn,
          description: category.description,
          winners: category.winners,
          position: position + 1,
        })
        .returning({ id: awardCategories.id })
        .get();
      const ids = category.nominees.map(
        (n) =>
          tx
            .insert(nominations)
            .values({
              categoryId,
              kind: n.kind,
              nomineeNames: n.names,
              organization: n.organization,
              citation: n.citation,
              nominatorName: '南京西路街道党建办',
              nominatorEmail: 'organizer@convene.local',
              nominatorId: organizer?.id ?? null,
              editTokenHash: hash(crypto.randomUUID()),
              status: 'eligible',
              shortlisted: true,
              createdAt: at('2020-01-10T10:00'),
            })
            .returning({ id: nominations.id })
            .get().id,
      );
      const { id: roundId } = tx
        .insert(votingRounds)
        .values({
          awardId,
          categoryId,
          name: `${category.name} 第一轮`,
          method: 'approval',
          maxChoices: category.winners,
          secret: true,
          status: 'published',
          opensAt: windows.votingOpensAt,
          closesAt: at('2020-04-08T17:00'),
          publishedAt: at('2020-04-09T10:00'),
        })
        .returning({ id: votingRounds.id })
        .get();
      // Every member voted for all but the last nominee (when there are more nominees than seats), so the seats are filled clearly.
      const chosen = ids.slice(0, category.winners);
      // Slots as a live round gets them (decision 0011): one per member, random numbers, filled alike here.
      for (const member of committee) {
        tx.insert(roundParticipations).values({ roundId, voterId: member.id }).run();
        recordAudit(
          tx,
          { actorId: member.id, action: 'votingRound.ballot', entityType: 'votingRound', entityId: roundId },
          windows.votingOpensAt,
        );
      }
      for (const slot of slotNumbers(committee.length)) {
        tx.insert(secretBallots)
          .values({
            slot,
            roundId,
            receiptHash: hash(crypto.randomUUID()),
            choices: encodeChoices(chosen, category.winners),
            filled: true,
            stir: crypto.randomBytes(8),
          })
          .run();
      }
      // The published count in the chain, as changeRoundStatus records it (decision 0012): every member approved the chosen.
      const results = {
        ballotsCast: committee.length,
        nominations: ids.map((nominationId) => {
          const votes = chosen.includes(nominationId) ? committee.length : 0;
          return { nominationId, votes, points: votes, outcome: votes > 0 ? 'elected' : 'belowThreshold' };
        }),
      };
      recordAudit(
        tx,
        {
          actorId: committee[0]?.id ?? null,
          action: 'votingRound.publish',
          entityType: 'votingRound',
          entityId: roundId,
          changes: { status: ['closed', 'published'], results },
        },
        at('2020-04-09T10:00'),
      );
    });
    return awardId;
  };

  const goldenKeyId = makeAward(
    ['金钥匙奖', 'Golden Key Award'],
    '表彰在南京西路街道党建和精神文明建设中作出突出贡献的个人和集体。',
    '由评审委员会无记名投票产生；三分之二以上委员参加投票方为有效，得票超过投票数一半者当选；平票时另行投票。',
    [
      { name: '金钥匙奖', nameEn: 'Golden Key Award', description: '年度个人和集体', winners: 2, nominees: goldenKey },
      {
        name: '最美战“疫”者',
        nameEn: 'Most Beautiful Anti-Epidemic Fighter',
        description: '2019年度特别奖，表彰疫情防控中的先进个人和集体',
        winners: 2,
        nominees: fighters,
      },
    ],
  );
  const fuminId = makeAward(
    ['福民奖', 'Fumin Award'],
    '表彰为民服务、惠民利民的先进个人和单位。',
    '评选规则同“金钥匙奖”。',
    [{ name: '福民奖', nameEn: 'Fumin Award', description: '为民服务先进', winners: 2, nominees: fumin }],
  );

  const meeting = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get();
  const ceremony =
    meeting &&
    tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.kind, 'award_ceremony')))
      .get();
  // The scenario's ceremony presents both awards: the Golden Key Award first, then the Fumin Award.
  if (ceremony)
    [goldenKeyId, fuminId].forEach((awardId, index) =>
      tx
        .insert(ceremonyAwards)
        .values({ agendaItemId: ceremony.id, awardId, position: index + 1 })
        .run(),
    );
}
