import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  agendaItems,
  auditEvents,
  awardCategories,
  awardManagers,
  awards,
  ceremonyAwards,
  committeeMembers,
  meetingOrganizers,
  meetings,
  nominations,
  organizationSeats,
  organizations,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeIssues,
  pledgeTargets,
  pledgeVersions,
  registrationCategories,
  registrationQuestions,
  registrationSettings,
  registrations,
  users,
  votingRounds,
} from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { addAgendaItem } from '@/lib/agenda/mutations';
import { agendaItem, makeMeeting } from '@/test/meetings';
import { makeUser } from '@/test/factories';
import { editionLinks, campaignsFromLastYear } from './data';
import { prepareNextEdition } from './mutations';
import { nextEditionInput } from './schema';
import { instantToWallTime } from '@/lib/meetings/time';

/** Every row of every table, by table and rowid: what "nothing of last year changed" is checked against. */
function dumpAll(): Map<string, Map<number, unknown>> {
  const client = db.$client;
  const tables = client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
    )
    .all() as { name: string }[];
  return new Map(
    tables.map(({ name }) => {
      const rows = client.prepare(`select rowid as _rowid, * from "${name}"`).all() as { _rowid: number }[];
      return [name, new Map(rows.map((row) => [row._rowid, row]))];
    }),
  );
}

const input = (meetingId: number, overrides: Record<string, string> = {}) =>
  nextEditionInput.parse({
    meetingId: String(meetingId),
    title: '2021年南京西路街道党建和精神文明建设大会',
    ...overrides,
  });

const conference = () => db.select().from(meetings).where(eq(meetings.slug, '2020-civic-conference')).get()!;
const organizer = () => db.select().from(users).where(eq(users.email, 'organizer@convene.local')).get()!;

describe('prepareNextEdition from the demo conference', () => {
  it('copies every listed part a year on, links both ways, and changes no row of last year', () => {
    seedDemo(db, { nextEdition: false });
    const last = conference();
    const actor = organizer();
    // Last year's registration set-up, beyond what the demo has: settings, a question, seats held for an organization.
    const org = db.select().from(organizations).limit(1).get()!;
    db.insert(registrationSettings)
      .values({
        meetingId: last.id,
        mode: 'approval',
        opensAt: new Date('2020-04-01T01:00:00Z'),
        closesAt: new Date('2020-04-29T09:00:00Z'),
        organizationSeatsReleaseAt: new Date('2020-04-28T09:00:00Z'),
        organizationSeatsReleasedAt: new Date('2020-04-28T09:00:05Z'),
      })
      .run();
    db.insert(registrationQuestions)
      .values({
        meetingId: last.id,
        kind: 'choice',
        label: '是否用餐',
        choices: ['是', '否'],
        required: true,
        position: 1,
      })
      .run();
    db.insert(organizationSeats).values({ meetingId: last.id, organizationId: org.id, seats: 4 }).run();

    const before = dumpAll();
    const auditBefore = db.select().from(auditEvents).all().length;
    const prepared = prepareNextEdition(input(last.id), actor);
    const after = dumpAll();

    // Nothing of last year changed: every row that existed is still there, byte for byte.
    for (const [table, rows] of before) {
      for (const [rowid, row] of rows) expect(after.get(table)!.get(rowid), `${table} row ${rowid}`).toEqual(row);
    }

    const next = db.select().from(meetings).where(eq(meetings.id, prepared.id)).get()!;
    expect(next).toMatchObject({
      status: 'draft',
      slug: '2021-civic-conference',
      previousEditionId: last.id,
      venueName: last.venueName,
      venueAddress: last.venueAddress,
      capacity: last.capacity,
      theme: null,
      publishedAt: null,
      currentItemId: null,
    });
    // Same wall-clock time in the meeting's zone (the test runs in UTC+5:45 to catch a slip).
    expect(instantToWallTime(next.startsAt, next.timeZone)).toBe('2021-04-30T09:00');
    expect(instantToWallTime(next.endsAt, next.timeZone)).toBe(
      instantToWallTime(last.endsAt, last.timeZone).replace('2020', '2021'),
    );
    expect(editionLinks(last.id).next?.id).toBe(next.id);
    expect(editionLinks(next.id).previous?.id).toBe(last.id);
    expect(
      db
        .select()
        .from(meetingOrganizers)
        .where(eq(meetingOrganizers.meetingId, next.id))
        .all()
        .map((o) => o.userId),
    ).toContain(actor.id);

    // Agenda: kinds, durations, titles with years moved on; presenters cleared; nothing of the day.
    const oldItems = db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, last.id))
      .orderBy(asc(agendaItems.position))
      .all();
    const newItems = db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, next.id))
      .orderBy(asc(agendaItems.position))
      .all();
    expect(newItems.map((i) => [i.kind, i.plannedMinutes])).toEqual(oldItems.map((i) => [i.kind, i.plannedMinutes]));
    expect(newItems.map((i) => i.title)).toContain('颁发2020年度“金钥匙奖”和“福民奖”');
    expect(oldItems.some((i) => i.presenters)).toBe(true);
    expect(newItems.every((i) => i.presenters === null && i.startedAt === null && i.endedAt === null)).toBe(true);

    // Awards: the ceremony item presents next cycle's awards, with categories, committee and managers, windows a year on, nothing else.
    const ceremony = newItems.find((i) => i.kind === 'award_ceremony')!;
    const presented = db
      .select()
      .from(ceremonyAwards)
      .where(eq(ceremonyAwards.agendaItemId, ceremony.id))
      .orderBy(asc(ceremonyAwards.position))
      .all();
    expect(presented.map((p) => p.awardId)).toEqual(prepared.awardIds);
    const newAwards = presented.map((p) => db.select().from(awards).where(eq(awards.id, p.awardId)).get()!);
    expect(newAwards.map((a) => [a.name, a.cycleYear])).toEqual([
      ['金钥匙奖', 2020],
      ['福民奖', 2020],
    ]);
    const oldKey = db
      .select()
      .from(awards)
      .where(and(eq(awards.name, '金钥匙奖'), eq(awards.cycleYear, 2019)))
      .get()!;
    const newKey = newAwards[0]!;
    expect(instantToWallTime(newKey.nominationsOpenAt, 'Asia/Shanghai')).toBe('2020-11-01T09:00');
    expect(instantToWallTime(newKey.votingClosesAt, 'Asia/Shanghai')).toBe('2021-04-10T17:00');
    const cats = (awardId: number) =>
      db
        .select()
        .from(awardCategories)
        .where(eq(awardCategories.awardId, awardId))
        .orderBy(asc(awardCategories.position))
        .all();
    expect(cats(newKey.id).map((c) => [c.name, c.winners])).toEqual(cats(oldKey.id).map((c) => [c.name, c.winners]));
    const committee = (awardId: number) =>
      db
        .select({ userId: committeeMembers.userId, role: committeeMembers.role })
        .from(committeeMembers)
        .where(eq(committeeMembers.awardId, awardId))
        .orderBy(asc(committeeMembers.userId))
        .all();
    expect(committee(newKey.id)).toEqual(committee(oldKey.id));
    expect(
      db
        .select()
        .from(awardManagers)
        .where(eq(awardManagers.awardId, newKey.id))
        .all()
        .map((m) => m.userId),
    ).toContain(actor.id);
    for (const category of cats(newKey.id))
      expect(db.select().from(nominations).where(eq(nominations.categoryId, category.id)).all()).toHaveLength(0);
    expect(db.select().from(votingRounds).where(eq(votingRounds.awardId, newKey.id)).all()).toHaveLength(0);

    // Pledge: next year's campaign from last year's targets, dates a year on, not issued, linked to last year's summary.
    const handover = newItems.find((i) => i.kind === 'pledge_handover')!;
    const oldHandover = oldItems.find((i) => i.kind === 'pledge_handover')!;
    expect(handover.pledgeCampaignId).toBe(prepared.campaignIds[0]);
    const campaign = db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, handover.pledgeCampaignId!)).get()!;
    expect(campaign).toMatchObject({
      title: '2021年度精神文明创建工作目标责任书',
      year: 2021,
      previousCampaignId: oldHandover.pledgeCampaignId,
      currentVersion: 1,
    });
    expect(campaign.body).toContain('有效期至2021年12月31日');
    expect(db.select().from(pledgeIssues).where(eq(pledgeIssues.campaignId, campaign.id)).all()).toHaveLength(0);
    const targets = (campaignId: number) =>
      db
        .select()
        .from(pledgeTargets)
        .where(eq(pledgeTargets.campaignId, campaignId))
        .orderBy(asc(pledgeTargets.position))
        .all();
    expect(targets(campaign.id).map((t) => [t.description, t.indicator, t.organizationId, t.dueDate])).toEqual(
      targets(oldHandover.pledgeCampaignId!).map((t) => [
        t.description,
        t.indicator,
        t.organizationId,
        t.dueDate.replace('2020', '2021'),
      ]),
    );
    const version = db.select().from(pledgeVersions).where(eq(pledgeVersions.campaignId, campaign.id)).all();
    expect(version).toHaveLength(1);
    expect(version[0]!.targets.map((t) => t.id)).toEqual(targets(campaign.id).map((t) => t.id));
    expect(
      db
        .select()
        .from(pledgeCampaignManagers)
        .where(eq(pledgeCampaignManagers.campaignId, campaign.id))
        .all()
        .map((m) => m.userId),
    ).toContain(actor.id);
    expect(campaignsFromLastYear(next.id)).toEqual([
      {
        id: campaign.id,
        title: campaign.title,
        previousId: oldHandover.pledgeCampaignId,
        previousTitle: '2020年度精神文明创建工作目标责任书',
      },
    ]);

    // Registration set-up: categories, the question, the seats; windows a year on; nobody registered; not released yet.
    const categoryNames = (meetingId: number) =>
      db
        .select()
        .from(registrationCategories)
        .where(eq(registrationCategories.meetingId, meetingId))
        .orderBy(asc(registrationCategories.position))
        .all()
        .map((c) => [c.name, c.nameEn, c.quota, c.selfService]);
    expect(categoryNames(next.id)).toEqual(categoryNames(last.id));
    expect(
      db
        .select()
        .from(registrationQuestions)
        .where(eq(registrationQuestions.meetingId, next.id))
        .all()
        .map((q) => [q.kind, q.label, q.choices, q.required]),
    ).toEqual([['choice', '是否用餐', ['是', '否'], true]]);
    expect(
      db
        .select()
        .from(organizationSeats)
        .where(eq(organizationSeats.meetingId, next.id))
        .all()
        .map((s) => [s.organizationId, s.seats]),
    ).toEqual([[org.id, 4]]);
    const settings = db.select().from(registrationSettings).where(eq(registrationSettings.meetingId, next.id)).get()!;
    expect(settings).toMatchObject({
      mode: 'approval',
      opensAt: new Date('2021-04-01T01:00:00Z'),
      closesAt: new Date('2021-04-29T09:00:00Z'),
      organizationSeatsReleaseAt: new Date('2021-04-28T09:00:00Z'),
      organizationSeatsReleasedAt: null,
    });
    expect(db.select().from(registrations).where(eq(registrations.meetingId, next.id)).all()).toHaveLength(0);

    // Audit: the meeting, each award and the campaign, by the organizer.
    const events = db.select().from(auditEvents).all().slice(auditBefore);
    expect(events.map((e) => e.action).sort()).toEqual([
      'award.create',
      'award.create',
      'meeting.prepareNextEdition',
      'pledgeCampaign.create',
    ]);
    expect(events.every((e) => e.actorId === actor.id)).toBe(true);
  });

  it('refuses a second prepare and names the existing draft; nothing is written', () => {
    const last = conference();
    const existing = editionLinks(last.id).next!;
    const before = dumpAll();
    expect(() => prepareNextEdition(input(last.id, { slug: 'another-address' }), organizer())).toThrow(
      expect.objectContaining({ code: 'editions.errors.exists', values: expect.objectContaining({ id: existing.id }) }),
    );
    expect(dumpAll()).toEqual(before);
  });

  it('keeps presenters when asked, refuses a taken address at the field, and refuses anyone who does not run last year', () => {
    const owner = makeUser({ role: 'organizer' });
    const stranger = makeUser({ role: 'organizer' });
    const member = makeUser({ role: 'member' });
    const meeting = makeMeeting(owner, [10], { startsAt: '2024-02-29T09:00', endsAt: '2024-02-29T11:00' });
    db.update(agendaItems).set({ presenters: '张主任' }).where(eq(agendaItems.meetingId, meeting.id)).run();
    // Another meeting already has the address the year suggests.
    makeMeeting(owner, [], { slug: '2025-02-28', startsAt: '2025-03-01T09:00', endsAt: '2025-03-01T10:00' });
    expect(() => prepareNextEdition(input(meeting.id), owner)).toThrow(
      expect.objectContaining({ code: 'slugTaken', field: 'slug' }),
    );
    expect(() => prepareNextEdition(input(meeting.id, { slug: 'next-one' }), stranger)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => prepareNextEdition(input(meeting.id, { slug: 'next-one' }), member)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(editionLinks(meeting.id).next).toBeNull();

    const prepared = prepareNextEdition(input(meeting.id, { slug: 'next-one', keepPresenters: 'on' }), owner);
    const next = db.select().from(meetings).where(eq(meetings.id, prepared.id)).get()!;
    // 29 February has no next-year twin: the 28th, same time.
    expect(instantToWallTime(next.startsAt, next.timeZone)).toBe('2025-02-28T09:00');
    expect(db.select().from(agendaItems).where(eq(agendaItems.meetingId, next.id)).get()?.presenters).toBe('张主任');
  });

  it("refuses when next cycle's award of the same name already exists, and writes nothing", () => {
    // The first test made the 2020 cycle of 金钥匙奖; a meeting whose ceremony presents the 2019 cycle cannot make it again.
    const owner = organizer();
    const meeting = makeMeeting(owner, [], {
      startsAt: '2020-12-01T09:00',
      endsAt: '2020-12-01T10:00',
      slug: 'award-clash-2020',
    });
    const key2019 = db
      .select()
      .from(awards)
      .where(and(eq(awards.name, '金钥匙奖'), eq(awards.cycleYear, 2019)))
      .get()!;
    addAgendaItem(meeting.id, agendaItem({ kind: 'award_ceremony', title: '颁奖', awardIds: [key2019.id] }), owner);
    const before = dumpAll();
    expect(() => prepareNextEdition(input(meeting.id, { slug: 'award-clash-2021' }), owner)).toThrow(
      expect.objectContaining({ code: 'editions.errors.awardExists', values: { name: '金钥匙奖', year: 2020 } }),
    );
    expect(dumpAll()).toEqual(before);
  });

  it('refuses a meeting that has not started yet', () => {
    const owner = makeUser({ role: 'organizer' });
    const meeting = makeMeeting(owner, [10], { startsAt: '2099-04-30T09:00', endsAt: '2099-04-30T11:00' });
    expect(() => prepareNextEdition(input(meeting.id), owner)).toThrow(
      expect.objectContaining({ code: 'editions.errors.notStarted' }),
    );
  });
});
