import { and, asc, count, countDistinct, desc, eq, inArray, min } from 'drizzle-orm';
import { db } from '@/db';
import {
  agendaItems,
  awards,
  guestsOfHonour,
  invitations,
  meetingReports,
  organizations,
  pledgeCampaigns,
  pledgeIssues,
  pledgeSignatures,
  reportPhotos,
  registrations,
  users,
  votingRounds,
} from '@/db/schema';
import { listAgendaItems } from '@/lib/agenda/data';
import { ceremonyAwardIds, listCategories as listAwardCategories, publishedWinners } from '@/lib/awards/data';
import { getMeeting } from '@/lib/meetings/data';
import { listCategories, registrationOrganization } from '@/lib/registrations/data';
import type { ReportAward, ReportCampaign, ReportFacts } from './facts';

/** A meeting's categories in the order the organizer set: the rows of the report's tables. */
const categoriesInOrder = (meetingId: number) => listCategories(meetingId).map(({ id, name }) => ({ id, name }));

/** Everything the report may state about a meeting, read in one go; undefined if there is no such meeting. */
export function loadReportFacts(meetingId: number): ReportFacts | undefined {
  const meeting = getMeeting(meetingId);
  if (!meeting) return undefined;
  const items = listAgendaItems(meetingId);
  const linked = ceremonyAwardIds(items.filter((i) => i.kind === 'award_ceremony').map((i) => i.id));
  const agenda = items.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    presenters: item.presenters,
    startedAt: item.startedAt,
    endedAt: item.endedAt,
    awardIds: linked.get(item.id) ?? [],
    pledgeCampaignId: item.pledgeCampaignId,
  }));

  const awardIds = [...new Set(agenda.flatMap((item) => item.awardIds))];
  const reportAwards: ReportAward[] = awardIds.length
    ? db
        .select()
        .from(awards)
        .where(inArray(awards.id, awardIds))
        .all()
        .map((award) => {
          // Winners come from published rounds only: an unpublished count is never stated.
          const winners = publishedWinners(award.id);
          const published = !!db
            .select({ id: votingRounds.id })
            .from(votingRounds)
            .where(and(eq(votingRounds.awardId, award.id), eq(votingRounds.status, 'published')))
            .get();
          return {
            id: award.id,
            name: award.name,
            cycleYear: award.cycleYear,
            published,
            categories: listAwardCategories(award.id).map((category) => ({
              name: category.name,
              winners: winners
                .filter((w) => w.categoryPosition === category.position)
                .map((w) => ({
                  names: w.nomination.nomineeNames,
                  organization: w.nomination.organization,
                  citation: w.nomination.citation,
                })),
            })),
          };
        })
    : [];

  const campaignIds = [
    ...new Set(agenda.map((item) => item.pledgeCampaignId).filter((id): id is number => id !== null)),
  ];
  const campaigns: ReportCampaign[] = campaignIds.flatMap((campaignId) => {
    const campaign = db.select().from(pledgeCampaigns).where(eq(pledgeCampaigns.id, campaignId)).get();
    if (!campaign) return [];
    const issued = db.select({ n: count() }).from(pledgeIssues).where(eq(pledgeIssues.campaignId, campaignId)).get()!.n;
    const signed = db
      .select({ n: countDistinct(pledgeSignatures.organizationId) })
      .from(pledgeSignatures)
      .innerJoin(pledgeIssues, eq(pledgeIssues.id, pledgeSignatures.issueId))
      .where(and(eq(pledgeIssues.campaignId, campaignId), eq(pledgeSignatures.kind, 'representative')))
      .get()!.n;
    return [
      {
        id: campaign.id,
        title: campaign.title,
        year: campaign.year,
        signingDueAt: campaign.signingDueAt,
        issuedTo: issued,
        signedBy: signed,
      },
    ];
  });

  const attendees = db
    .select({
      categoryId: registrations.categoryId,
      organizationKind: organizations.kind,
      checkedInAt: registrations.checkedInAt,
    })
    .from(registrations)
    .leftJoin(organizations, eq(organizations.id, registrations.organizationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'confirmed')))
    .all()
    .map((row) => ({
      categoryId: row.categoryId,
      organizationKind: row.organizationKind,
      checkedIn: row.checkedInAt !== null,
    }));
  const categories = categoriesInOrder(meetingId);

  const guests = db
    .select({
      registrationId: registrations.id,
      name: registrations.name,
      title: guestsOfHonour.title,
      checkedInAt: registrations.checkedInAt,
    })
    .from(guestsOfHonour)
    .innerJoin(registrations, eq(registrations.id, guestsOfHonour.registrationId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'confirmed')))
    // In the order they were marked (a retitle keeps its place): the organizer's order of precedence.
    .orderBy(asc(guestsOfHonour.createdAt), asc(guestsOfHonour.registrationId))
    .all()
    .map(({ checkedInAt, ...guest }) => ({ ...guest, checkedIn: checkedInAt !== null }));

  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      theme: meeting.theme,
      venueName: meeting.venueName,
      timeZone: meeting.timeZone,
      startsAt: meeting.startsAt,
      status: meeting.status,
    },
    agenda,
    attendees,
    categories,
    guests,
    awards: awardIds.map((id) => reportAwards.find((a) => a.id === id)).filter((a): a is ReportAward => !!a),
    campaigns,
  };
}

/** Saved versions of a meeting's report in one language, newest first, with their authors. */
export function listReportVersions(meetingId: number, locale: 'zh-CN' | 'en') {
  return db
    .select({
      id: meetingReports.id,
      version: meetingReports.version,
      source: meetingReports.source,
      createdAt: meetingReports.createdAt,
      authorName: users.name,
    })
    .from(meetingReports)
    .leftJoin(users, eq(users.id, meetingReports.authorId))
    .where(and(eq(meetingReports.meetingId, meetingId), eq(meetingReports.locale, locale)))
    .orderBy(desc(meetingReports.version))
    .all();
}

/** One version (or the newest when `version` is absent). */
export function getReportVersion(meetingId: number, locale: 'zh-CN' | 'en', version?: number) {
  return db
    .select()
    .from(meetingReports)
    .where(
      and(
        eq(meetingReports.meetingId, meetingId),
        eq(meetingReports.locale, locale),
        version ? eq(meetingReports.version, version) : undefined,
      ),
    )
    .orderBy(desc(meetingReports.version))
    .limit(1)
    .get();
}

/** The rows the attendance record counts: registrations with their organization, invitations, and the real start. */
export function loadAttendance(meetingId: number) {
  const rows = db
    .select({
      categoryId: registrations.categoryId,
      organization: registrationOrganization,
      status: registrations.status,
      checkedInAt: registrations.checkedInAt,
    })
    .from(registrations)
    .leftJoin(organizations, eq(organizations.id, registrations.organizationId))
    .where(eq(registrations.meetingId, meetingId))
    .all();
  const invited = db
    .select({ categoryId: invitations.categoryId, revokedAt: invitations.revokedAt })
    .from(invitations)
    .where(eq(invitations.meetingId, meetingId))
    .all()
    .map((i) => ({ categoryId: i.categoryId, revoked: i.revokedAt !== null }));
  const categories = categoriesInOrder(meetingId);
  const ranAt =
    db
      .select({ at: min(agendaItems.startedAt) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .get()?.at ?? null;
  return { rows, invited, categories, ranAt: ranAt === null ? null : new Date(ranAt) };
}

/** The photos uploaded into a meeting's reports, by id: only these render in its report. */
export function listReportPhotos(meetingId: number) {
  return new Map(
    db
      .select()
      .from(reportPhotos)
      .where(eq(reportPhotos.meetingId, meetingId))
      .all()
      .map((photo) => [photo.id, photo]),
  );
}

export function getReportPhoto(meetingId: number, photoId: number) {
  return db
    .select()
    .from(reportPhotos)
    .where(and(eq(reportPhotos.meetingId, meetingId), eq(reportPhotos.id, photoId)))
    .get();
}
