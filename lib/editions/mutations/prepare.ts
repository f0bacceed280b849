import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { meetingOrganizers, meetings, type Meeting } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { listOrganizerIds } from '@/lib/meetings/data';
import { loadManagedMeeting, slugTaken } from '@/lib/meetings/mutations';
import { editionErrors } from '../errors';
import type { NextEditionInput } from '../schema';
import { nextYearInstant, nextYearText, suggestedEdition, yearInZone } from '../shift';
import { copyAgenda } from './agenda';
import { copyAwards } from './awards';
import { copyCampaigns } from './campaigns';
import { copyRegistration } from './registration';

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
  if (slugTaken(tx, slug)) throw new AppError('slugTaken', { field: 'slug' });
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
  for (const userId of new Set([actorId, ...listOrganizerIds(lastId, tx)]))
    tx.insert(meetingOrganizers).values({ meetingId, userId }).run();
}
