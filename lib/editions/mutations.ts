import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  agendaItems,
  awardCategories,
  awardManagers,
  awards,
  ceremonyAwards,
  committeeMembers,
  meetingOrganizers,
  meetings,
  organizationSeats,
  pledgeCampaignManagers,
  pledgeCampaigns,
  pledgeTargets,
  pledgeVersions,
  registrationCategories,
  registrationQuestions,
  registrationSettings,
  type Meeting,
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { editionErrors } from './errors';
import type { NextEditionInput } from './schema';
import {
  nextYearDay,
  nextYearInstant,
  nextYearInstantOrNull,
  nextYearText,
  suggestedEdition,
  yearInZone,
} from './shift';

/** Pledge due instants are end-of-day in the host's zone (lib/pledges/mutations/campaigns.ts dueInstant). */
const PLEDGE_ZONE = 'Asia/Shanghai';

export type PreparedEdition = { id: number; slug: string; awardIds: number[]; campaignIds: number[] };

/** Who may prepare next year's edition: an organizer (site role) who runs last year's meeting, or an admin. */
const canPrepare = (actor: Actor) => hasRole(actor, 'organizer');

const isUniqueViolation = (error: unknown, column: string) =>
  error instanceof Error &&
  'code' in error &&
  (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  error.message.includes(column);

function existingNextEdition(tx: Tx, meetingId: number) {
  return tx
    .select({ id: meetings.id, title: meetings.title })
    .from(meetings)
    .where(eq(meetings.previousEditionId, meetingId))
    .get();
}

function exists(edition: { id: number; title: string }) {
  return new AppError(editionErrors.exists, { values: { title: edition.title, id: edition.id } });
}

/**
 * "Prepare next year's meeting" (issue 15, decision 0027): a draft one year later with
 * last year's venue, agenda, registration set-up, awards and pledge campaigns, in one
 * IMMEDIATE transaction. Nothing of last year is written to: every statement below on
 * last year's rows is a select.
 */
export function prepareNextEdition(input: NextEditionInput, actor: Actor, now = new Date()): PreparedEdition {
  return db.transaction((tx) => prepareNextEditionIn(tx, input, actor, now), IMMEDIATE);
}

/** The same, inside the caller's transaction (the demo seed prepares the 2021 draft in its own). */
export function prepareNextEditionIn(tx: Tx, input: NextEditionInput, actor: Actor, now = new Date()): PreparedEdition {
  const last = loadManagedMeeting(tx, input.meetingId, actor);
  if (!canPrepare(actor)) throw new AppError('forbidden');
  // Checked before the address: the existing draft holds the suggested address, and "it already exists" is the useful answer.
  const already = existingNextEdition(tx, last.id);
  if (already) throw exists(already);
  if (last.startsAt > now) throw new AppError(editionErrors.notStarted);
  const year = yearInZone(last.startsAt, last.timeZone);
  if (year + 1 > 2100) throw new AppError(editionErrors.yearRange);

  const slug = input.slug ?? suggestedEdition(last).slug;
  if (tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug)).get()) {
    throw new AppError('slugTaken', { field: 'slug' });
  }
  const meetingId = insertMeeting(tx, last, { ...input, slug }, year, actor!.id);
  copyOrganizers(tx, last.id, meetingId, actor!.id);
  const awardIds = copyAwards(tx, last, year, actor!.id);
  const campaignIds = copyCampaigns(tx, last, year, actor!.id, now);
  const items = copyAgenda(tx, last, meetingId, year, input.keepPresenters, awardIds, campaignIds);
  const registration = copyRegistration(tx, last, meetingId);
  recordAudit(tx, {
    actorId: actor!.id,
    action: 'meeting.prepareNextEdition',
    entityType: 'meeting',
    entityId: meetingId,
    changes: {
      previousEditionId: last.id,
      slug,
      title: input.title,
      keepPresenters: input.keepPresenters,
      agendaItems: items,
      awards: Object.fromEntries(awardIds),
      pledgeCampaigns: Object.fromEntries(campaignIds),
      ...registration,
    },
  });
  return { id: meetingId, slug, awardIds: [...awardIds.values()], campaignIds: [...campaignIds.values()] };
}

function insertMeeting(
  tx: Tx,
  last: Meeting,
  input: NextEditionInput & { slug: string },
  year: number,
  actorId: number,
): number {
  try {
    return tx
      .insert(meetings)
      .values({
        slug: input.slug,
        title: input.title,
        titleEn: input.titleEn,
        // A theme is that year's slogan (2020's was about the epidemic): next year's is chosen anew.
        theme: null,
        themeEn: null,
        description: nextYearText(last.description, year),
        venueName: last.venueName,
        venueAddress: last.venueAddress,
        timeZone: last.timeZone,
        startsAt: nextYearInstant(last.startsAt, last.timeZone),
        endsAt: nextYearInstant(last.endsAt, last.timeZone),
        capacity: last.capacity,
        status: 'draft',
        previousEditionId: last.id,
        createdById: actorId,
      })
      .returning({ id: meetings.id })
      .get().id;
  } catch (error) {
    // Two prepares at once from two processes: the unique column refuses the second.
    if (isUniqueViolation(error, 'previous_edition_id')) throw exists(existingNextEdition(tx, last.id)!);
    if (isUniqueViolation(error, 'meetings.slug')) throw new AppError('slugTaken', { field: 'slug' });
    throw error;
  }
}

/** Last year's organizers run next year's too, and so does whoever prepared it. */
function copyOrganizers(tx: Tx, lastId: number, meetingId: number, actorId: number) {
  const userIds = tx
    .select({ userId: meetingOrganizers.userId })
    .from(meetingOrganizers)
    .where(eq(meetingOrganizers.meetingId, lastId))
    .all()
    .map((row) => row.userId);
  for (const userId of new Set([actorId, ...userIds])) tx.insert(meetingOrganizers).values({ meetingId, userId }).run();
}

/** The awards last year's ceremony items presented, in order of first presentation. */
function ceremonyAwardIds(tx: Tx, meetingId: number): number[] {
  const rows = tx
    .select({ awardId: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .innerJoin(agendaItems, eq(agendaItems.id, ceremonyAwards.agendaItemId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(ceremonyAwards.position))
    .all();
  return [...new Set(rows.map((row) => row.awardId))];
}

/**
 * Each award recreated for its next cycle: categories, managers, committee and roles,
 * windows a year on; no nominations, rounds, ballots or results. Returns old id → new id.
 */
function copyAwards(tx: Tx, last: Meeting, year: number, actorId: number): Map<number, number> {
  const copies = new Map<number, number>();
  for (const awardId of ceremonyAwardIds(tx, last.id)) {
    const award = tx.select().from(awards).where(eq(awards.id, awardId)).get()!;
    const cycleYear = award.cycleYear + 1;
    // The (name, cycle) pair is unique: someone already made next cycle's award by hand.
    if (
      tx
        .select({ id: awards.id })
        .from(awards)
        .where(and(eq(awards.name, award.name), eq(awards.cycleYear, cycleYear)))
        .get()
    ) {
      throw new AppError(editionErrors.awardExists, { values: { name: award.name, year: cycleYear } });
    }
    const shift = (instant: Date) => nextYearInstant(instant, last.timeZone);
    const { id } = tx
      .insert(awards)
      .values({
        name: award.name,
        nameEn: award.nameEn,
        cycleYear,
        description: nextYearText(award.description, year),
        rules: nextYearText(award.rules, year),
        nominationsOpenAt: shift(award.nominationsOpenAt),
        nominationsCloseAt: shift(award.nominationsCloseAt),
        votingOpensAt: shift(award.votingOpensAt),
        votingClosesAt: shift(award.votingClosesAt),
        publicNominations: award.publicNominations,
        createdById: actorId,
      })
      .returning({ id: awards.id })
      .get();
    const managerIds = tx
      .select({ userId: awardManagers.userId })
      .from(awardManagers)
      .where(eq(awardManagers.awardId, awardId))
      .all()
      .map((row) => row.userId);
    for (const userId of new Set([actorId, ...managerIds]))
      tx.insert(awardManagers).values({ awardId: id, userId }).run();
    const committee = tx.select().from(committeeMembers).where(eq(committeeMembers.awardId, awardId)).all();
    for (const member of committee)
      tx.insert(committeeMembers).values({ awardId: id, userId: member.userId, role: member.role }).run();
    const categories = tx
      .select()
      .from(awardCategories)
      .where(eq(awardCategories.awardId, awardId))
      .orderBy(asc(awardCategories.position))
      .all();
    for (const category of categories) {
      tx.insert(awardCategories)
        .values({
          awardId: id,
          name: category.name,
          nameEn: category.nameEn,
          description: nextYearText(category.description, year),
          winners: category.winners,
          position: category.position,
        })
        .run();
    }
    recordAudit(tx, {
      actorId,
      action: 'award.create',
      entityType: 'award',
      entityId: id,
      changes: {
        previousAwardId: awardId,
        name: award.name,
        cycleYear,
        categories: categories.length,
        committee: committee.length,
      },
    });
    copies.set(awardId, id);
  }
  return copies;
}

/**
 * Each pledge campaign handed over at last year's meeting, recreated for the next year:
 * text and targets as the starting point (years and due dates a year on), managers,
 * not issued to anyone, and a link to last year's campaign for its progress summary.
 */
function copyCampaigns(tx: Tx, last: Meeting, year: number, actorId: number, now: Date): Map<number, number> {
  const linked = tx
    .select({ campaignId: agendaItems.pledgeCampaignId })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, last.id), isNotNull(agendaItems.pledgeCampaignId)))
    .orderBy(asc(agendaItems.position))
    .all();
  const copies = new Map<number, number>();
  for (const campaignId of new Set(linked.map((row) => row.campaignId!))) {
    const campaign = tx.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get();
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
    const managerIds = tx
      .select({ userId: pledgeCampaignManagers.userId })
      .from(pledgeCampaignManagers)
      .where(eq(pledgeCampaignManagers.campaignId, campaign.id))
      .all()
      .map((row) => row.userId);
    for (const userId of new Set([actorId, ...managerIds]))
      tx.insert(pledgeCampaignManagers).values({ campaignId: id, userId, createdAt: now }).run();
    const targets = tx
      .select()
      .from(pledgeTargets)
      .where(eq(pledgeTargets.campaignId, campaign.id))
      .orderBy(asc(pledgeTargets.position))
      .all();
    const snapshot = targets.map((target) => {
      const inserted = tx
        .insert(pledgeTargets)
        .values({
          campaignId: id,
          organizationId: target.organizationId,
          description: target.description,
          indicator: target.indicator,
          dueDate: nextYearDay(target.dueDate),
          position: target.position,
        })
        .returning()
        .get();
      return {
        id: inserted.id,
        description: inserted.description,
        indicator: inserted.indicator,
        dueDate: inserted.dueDate,
        organizationId: inserted.organizationId,
      };
    });
    // Version 1, unsigned, as createCampaign leaves a new campaign: editable until issued and signed.
    tx.insert(pledgeVersions).values({ campaignId: id, number: 1, body, targets: snapshot, createdAt: now }).run();
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

/** The run of show without what happened on the day; links re-pointed to next year's awards and campaigns. */
function copyAgenda(
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

/** Settings (windows a year on, nothing released yet), categories, questions and seats held for organizations. */
function copyRegistration(tx: Tx, last: Meeting, meetingId: number) {
  const zone = last.timeZone;
  const settings = tx.select().from(registrationSettings).where(eq(registrationSettings.meetingId, last.id)).get();
  if (settings) {
    tx.insert(registrationSettings)
      .values({
        meetingId,
        mode: settings.mode,
        opensAt: nextYearInstantOrNull(settings.opensAt, zone),
        closesAt: nextYearInstantOrNull(settings.closesAt, zone),
        organizationSeatsReleaseAt: nextYearInstantOrNull(settings.organizationSeatsReleaseAt, zone),
        organizationSeatsReleasedAt: null,
      })
      .run();
  }
  const categories = tx
    .select()
    .from(registrationCategories)
    .where(eq(registrationCategories.meetingId, last.id))
    .orderBy(asc(registrationCategories.position))
    .all();
  for (const category of categories) {
    tx.insert(registrationCategories)
      .values({
        meetingId,
        name: category.name,
        nameEn: category.nameEn,
        quota: category.quota,
        selfService: category.selfService,
        position: category.position,
      })
      .run();
  }
  const questions = tx
    .select()
    .from(registrationQuestions)
    .where(eq(registrationQuestions.meetingId, last.id))
    .orderBy(asc(registrationQuestions.position))
    .all();
  for (const question of questions) {
    tx.insert(registrationQuestions)
      .values({
        meetingId,
        kind: question.kind,
        label: question.label,
        choices: question.choices,
        required: question.required,
        position: question.position,
      })
      .run();
  }
  const seats = tx.select().from(organizationSeats).where(eq(organizationSeats.meetingId, last.id)).all();
  for (const held of seats)
    tx.insert(organizationSeats).values({ meetingId, organizationId: held.organizationId, seats: held.seats }).run();
  return {
    registrationSettings: !!settings,
    registrationCategories: categories.length,
    registrationQuestions: questions.length,
    organizationSeats: seats.length,
  };
}
