/** What a registrant does: register (as a member, a guest, or through an invitation) and give up their place. */
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { invitations, memberships, organizations, registrations, users, type Registration } from '@/db/schema';
import { once, prepared } from '@/db/prepared';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { releaseSeat } from '@/lib/seating/mutations';
import type { RegistrationInput } from '../schema';
import { fits } from '../seats';
import { accessTokenHash, newAccessToken } from '../access-token';
import { hashToken, newTicketCode } from '../tokens';
import {
  categoryOfMeeting,
  loadMeeting,
  loadSettings,
  notify,
  promoteWaitlist,
  seatCounts,
  type Context,
} from './capacity';
import { sweepMeeting } from './sweeps';

function checkAnswers(meetingId: number, answers: Record<string, string>): Record<string, string> {
  const questions = (
    prepared('select id, kind, choices, required from registration_questions where meeting_id = ?').all(meetingId) as {
      id: number;
      kind: string;
      choices: string | null;
      required: number;
    }[]
  ).map((row) => ({
    ...row,
    choices: row.choices ? (JSON.parse(row.choices) as string[]) : null,
    required: row.required === 1,
  }));
  const kept: Record<string, string> = {};
  for (const question of questions) {
    const answer = answers[String(question.id)]?.trim() ?? '';
    const field = `answer_${question.id}`;
    if (question.kind === 'consent') {
      const given = answer === 'on' || answer === 'true';
      if (question.required && !given) throw new AppError('answerRequired', { field });
      if (given) kept[question.id] = 'yes';
      continue;
    }
    if (!answer) {
      if (question.required) throw new AppError('answerRequired', { field });
      continue;
    }
    if (question.kind === 'choice' && !(question.choices ?? []).includes(answer))
      throw new AppError('answerInvalid', { field });
    kept[question.id] = answer;
  }
  return kept;
}

/**
 * The organization a registration counts for, which decides who may take its held seats:
 * only a member of it — the signed-in member, or the account the invitation was sent to.
 * A guest's own words about where they work go in organizationName instead.
 */
function checkOrganization(
  tx: Tx,
  organizationId: number | null,
  personEmail: string | null,
  memberId: number | null,
): number | null {
  if (organizationId === null) return null;
  const organization = tx
    .select({ archivedAt: organizations.archivedAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .get();
  if (!organization || organization.archivedAt) throw new AppError('notFound', { field: 'organizationId' });
  const userId =
    memberId ??
    (personEmail ? tx.select({ id: users.id }).from(users).where(eq(users.email, personEmail)).get()?.id : undefined);
  const member = userId
    ? tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)))
        .get()
    : undefined;
  if (!member) throw new AppError('organizationNotYours', { field: 'organizationId' });
  return organizationId;
}

/**
 * The one insert of every registration, compiled once (db/prepared.ts): built by drizzle on
 * each call it was the largest part of a registration's own cost in a surge. Every column is
 * a placeholder, so nothing is fixed at compile time (createdAt's default included).
 */
const insertRegistration = once(() =>
  db
    .insert(registrations)
    .values({
      meetingId: sql.placeholder('meetingId'),
      categoryId: sql.placeholder('categoryId'),
      userId: sql.placeholder('userId'),
      name: sql.placeholder('name'),
      email: sql.placeholder('email'),
      phone: sql.placeholder('phone'),
      organizationId: sql.placeholder('organizationId'),
      organizationName: sql.placeholder('organizationName'),
      status: sql.placeholder('status'),
      answers: sql.placeholder('answers'),
      locale: sql.placeholder('locale'),
      ticketCode: sql.placeholder('ticketCode'),
      accessTokenHash: sql.placeholder('accessTokenHash'),
      accessTokenSealed: sql.placeholder('accessTokenSealed'),
      invitationId: sql.placeholder('invitationId'),
      // Raw, not through the column's encoder, which cannot write null: milliseconds or null.
      confirmedAt: sql`${sql.placeholder('confirmedAt')}`,
      createdAt: sql.placeholder('createdAt'),
    })
    // A duplicate inserts nothing instead of failing: under libsql a compiled statement that
    // failed keeps failing (db/libsql.ts).
    .onConflictDoNothing()
    .returning()
    .prepare(),
);

/**
 * Registers a member (as themselves) or a guest. In one immediate transaction:
 * the window, the mode, the invitation, the answers, the seat count, the insert,
 * the email and the audit — so two requests for the last seat cannot both get it,
 * and a refused request leaves nothing behind.
 */
export function register(
  input: RegistrationInput,
  viewer: { id: number; name: string; email: string } | null,
  context: Context,
): { registrationId: number; accessToken: string; status: Registration['status'] } {
  return db.transaction((tx) => {
    const meeting = loadMeeting(input.meetingId);
    if (meeting.status !== 'published') throw new AppError('registrationUnavailable');
    const settings = loadSettings(meeting.id);
    if (settings.opensAt && context.now < settings.opensAt) throw new AppError('registrationNotOpen');
    if ((settings.closesAt && context.now > settings.closesAt) || context.now > meeting.endsAt)
      throw new AppError('registrationClosed');

    // One count of the seats serves both the sweep and this registrant: the sweep updates it as it promotes.
    const counts = seatCounts(meeting, context.now);
    sweepMeeting(tx, meeting, context, counts);

    const invitation = input.invitation
      ? tx
          .select()
          .from(invitations)
          .where(and(eq(invitations.tokenHash, hashToken(input.invitation)), eq(invitations.meetingId, meeting.id)))
          .get()
      : undefined;
    if (input.invitation) {
      if (!invitation) throw new AppError('invitationInvalid');
      if (invitation.acceptedAt) throw new AppError('invitationUsed');
      if (invitation.revokedAt || invitation.expiresAt <= context.now) throw new AppError('invitationExpired');
    } else if (settings.mode === 'invitation') {
      throw new AppError('invitationRequired');
    }

    // An invitation names the category; otherwise it must be one of this meeting's, open to registrants.
    const categoryId = invitation ? invitation.categoryId : input.categoryId;
    const category = categoryOfMeeting().get({ categoryId, meetingId: meeting.id });
    if (!category || (!invitation && !category.selfService))
      throw new AppError('categoryUnavailable', { field: 'categoryId' });

    // An invitation is for the person it names: a member registers through it as themselves only if it is theirs.
    const member = viewer && (!invitation || viewer.email === invitation.email) ? viewer : null;
    const name = invitation?.name ?? member?.name ?? input.name;
    if (!name) throw new AppError('contactNeeded', { field: 'name' });
    const email = invitation?.email ?? member?.email ?? input.email ?? null;
    if (!email && !input.phone) throw new AppError('contactNeeded', { field: 'phone' });
    const answers = checkAnswers(meeting.id, input.answers);
    const organizationId = checkOrganization(tx, input.organizationId, invitation?.email ?? null, member?.id ?? null);

    const status: Registration['status'] = invitation
      ? 'confirmed' // the invitation already held the seat
      : settings.mode === 'approval'
        ? 'pending'
        : fits(counts, category.id, organizationId)
          ? 'confirmed'
          : 'waitlisted';

    const access = newAccessToken();
    const registration = insertRegistration().get({
      meetingId: meeting.id,
      categoryId: category.id,
      userId: member?.id ?? null,
      name,
      email,
      phone: input.phone ?? null,
      organizationId,
      organizationName: input.organizationName ?? null,
      status,
      answers,
      locale: context.locale,
      ticketCode: status === 'confirmed' ? newTicketCode() : null,
      ...access.columns,
      invitationId: invitation?.id ?? null,
      confirmedAt: status === 'confirmed' ? context.now.getTime() : null,
      createdAt: context.now,
    });
    // Nothing inserted: a uniqueness rule said no, which here means this person already has a place.
    if (!registration) throw new AppError('alreadyRegistered');
    if (invitation)
      tx.update(invitations).set({ acceptedAt: context.now }).where(eq(invitations.id, invitation.id)).run();

    notify(tx, status, registration, meeting, context);
    recordAudit(
      tx,
      {
        actorId: viewer?.id ?? null,
        action: 'registration.create',
        entityType: 'registration',
        entityId: registration.id,
        changes: { meetingId: meeting.id, categoryId: category.id, status },
      },
      context.now,
    );
    return { registrationId: registration.id, accessToken: access.token, status };
  }, IMMEDIATE);
}

/** The registrant (by their private link or their account) gives up their place; a freed seat goes to the waiting list. */
export function cancelRegistration(
  who: { accessToken: string } | { registrationId: number; userId: number },
  context: Context,
): void {
  db.transaction((tx) => {
    const registration = tx
      .select()
      .from(registrations)
      .where(
        'accessToken' in who
          ? eq(registrations.accessTokenHash, accessTokenHash(who.accessToken))
          : and(eq(registrations.id, who.registrationId), eq(registrations.userId, who.userId)),
      )
      .get();
    if (!registration) throw new AppError('notFound');
    if (!['confirmed', 'pending', 'waitlisted'].includes(registration.status)) throw new AppError('notCancellable');
    const meeting = loadMeeting(registration.meetingId);
    if (context.now > meeting.endsAt) throw new AppError('notCancellable');
    const cancelled = tx
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: context.now })
      .where(eq(registrations.id, registration.id))
      .returning()
      .get();
    releaseSeat(tx, registration.id);
    notify(tx, 'cancelled', cancelled, meeting, context);
    recordAudit(
      tx,
      {
        actorId: 'userId' in who ? who.userId : null,
        action: 'registration.cancel',
        entityType: 'registration',
        entityId: registration.id,
        changes: { status: [registration.status, 'cancelled'] },
      },
      context.now,
    );
    if (registration.status === 'confirmed') promoteWaitlist(tx, meeting, context);
  }, IMMEDIATE);
}
