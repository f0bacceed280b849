import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  agendaItems,
  invitations,
  meetings,
  memberships,
  organizations,
  organizationSeats,
  registrationCategories,
  registrationQuestions,
  registrations,
  registrationSettings,
  users,
  type Meeting,
  type Registration,
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { releaseSeat } from '@/lib/seating/mutations';
import { invitationEmail, registrationEmail, type RegistrationNotice } from './emails';
import type { InvitedPerson, RegistrationInput } from './schema';
import { fits, heldSeats, take, unclaimedSeats, type SeatCounts } from './seats';
import { hashToken, newLinkToken, newTicketCode } from './tokens';

/** What every write needs besides its input: the time, and where links in emails point. */
export type Context = { now: Date; origin: string; locale: string };

const DEFAULT_SETTINGS = { mode: 'open' as const, opensAt: null, closesAt: null, organizationSeatsReleaseAt: null, organizationSeatsReleasedAt: null };

/**
 * The reads every registration makes, built and compiled once per process rather than
 * on every call (measured with `npm run bench -- surge`). They run on the one
 * connection, so inside whichever transaction is open on it.
 */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
const settingsOfMeeting = once(() => db.select().from(registrationSettings).where(eq(registrationSettings.meetingId, sql.placeholder('meetingId'))).prepare());
const meetingById = once(() => db.select().from(meetings).where(eq(meetings.id, sql.placeholder('meetingId'))).prepare());
const categoryOfMeeting = once(() =>
  db
    .select()
    .from(registrationCategories)
    .where(and(eq(registrationCategories.id, sql.placeholder('categoryId')), eq(registrationCategories.meetingId, sql.placeholder('meetingId'))))
    .prepare(),
);

export function loadSettings(_tx: Tx, meetingId: number) {
  return settingsOfMeeting().get({ meetingId }) ?? { meetingId, ...DEFAULT_SETTINGS, updatedAt: null };
}

function loadMeeting(_tx: Tx, meetingId: number): Meeting {
  const meeting = meetingById().get({ meetingId });
  if (!meeting) throw new AppError('notFound');
  return meeting;
}

/**
 * Compiled once per process: the seat count runs inside every registration's write
 * transaction, so it is kept to plain prepared SQL (drizzle would build and compile
 * each statement again on every call; measured with `npm run bench -- surge`).
 */
const statements = new Map<string, ReturnType<typeof db.$client.prepare<unknown[]>>>();
function prepared(text: string) {
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = db.$client.prepare<unknown[]>(text)));
  return statement;
}

type CountRow = { key: number | null; n: number };
const toMap = (rows: CountRow[]) => new Map(rows.filter((row) => row.key !== null).map((row) => [row.key as number, row.n]));

/** Everything that holds a seat, read inside the transaction that is about to give one. */
export function seatCounts(_tx: Tx, meeting: Meeting, now: Date): SeatCounts {
  const releaseAt = (prepared('select organization_seats_release_at as at from registration_settings where meeting_id = ?').get(meeting.id) as { at: number | null } | undefined)?.at;
  const released = releaseAt !== null && releaseAt !== undefined && releaseAt <= now.getTime();
  const categories = prepared('select id, quota from registration_categories where meeting_id = ?').all(meeting.id) as { id: number; quota: number | null }[];
  const confirmed = prepared(
    "select category_id as category, organization_id as organization, count(*) as n from registrations where meeting_id = ? and status = 'confirmed' group by category_id, organization_id",
  ).all(meeting.id) as { category: number; organization: number | null; n: number }[];
  const byCategory = new Map<number, number>();
  const byOrganization = new Map<number, number>();
  for (const row of confirmed) {
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.n);
    if (row.organization !== null) byOrganization.set(row.organization, (byOrganization.get(row.organization) ?? 0) + row.n);
  }
  return {
    capacity: meeting.capacity,
    quotas: new Map(categories.map((category) => [category.id, category.quota])),
    confirmedByCategory: byCategory,
    confirmedByOrganization: byOrganization,
    invitationsByCategory: toMap(
      prepared(
        'select category_id as key, count(*) as n from invitations where meeting_id = ? and accepted_at is null and revoked_at is null and expires_at > ? group by category_id',
      ).all(meeting.id, now.getTime()) as CountRow[],
    ),
    reservedByOrganization: released
      ? new Map()
      : toMap(prepared('select organization_id as key, seats as n from organization_seats where meeting_id = ?').all(meeting.id) as CountRow[]),
  };
}

function categoryName(_tx: Tx, categoryId: number): string {
  return (prepared('select name from registration_categories where id = ?').get(categoryId) as { name: string } | undefined)?.name ?? '';
}

/** Both names, so the email can use the registrant's language (decision 0020). */
function categoryNames(_tx: Tx, categoryId: number): { categoryName: string; categoryNameEn: string | null } {
  const row = prepared('select name, name_en from registration_categories where id = ?').get(categoryId) as { name: string; name_en: string | null } | undefined;
  return { categoryName: row?.name ?? '', categoryNameEn: row?.name_en ?? null };
}

function publicAgenda(tx: Tx, meetingId: number) {
  return tx
    .select({ id: agendaItems.id, title: agendaItems.title, titleEn: agendaItems.titleEn, plannedMinutes: agendaItems.plannedMinutes, presenters: agendaItems.presenters })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

export function waitlistPosition(_tx: Tx, registration: Pick<Registration, 'id' | 'meetingId'>): number {
  return (prepared("select count(*) as n from registrations where meeting_id = ? and status = 'waitlisted' and id <= ?").get(registration.meetingId, registration.id) as { n: number }).n;
}

/** Tells the registrant what happened, if they gave an email. */
function notify(tx: Tx, notice: RegistrationNotice, registration: Registration, meeting: Meeting, context: Context, reason?: string | null) {
  if (!registration.email) return;
  enqueueEmail(
    tx,
    registrationEmail(
      notice,
      { ...registration, email: registration.email, ...categoryNames(tx, registration.categoryId) },
      meeting,
      {
        origin: context.origin,
        reason,
        waitlistPosition: notice === 'waitlisted' ? waitlistPosition(tx, registration) : undefined,
        agenda: notice === 'confirmed' || notice === 'promoted' ? publicAgenda(tx, meeting.id) : undefined,
      },
    ),
  );
}

function confirm(tx: Tx, registration: Registration, now: Date, fromWaitlist = false): Registration {
  return tx
    .update(registrations)
    .set({ status: 'confirmed', ticketCode: registration.ticketCode ?? newTicketCode(), confirmedAt: now, promotedAt: fromWaitlist ? now : null })
    .where(eq(registrations.id, registration.id))
    .returning()
    .get();
}

/**
 * Gives freed seats to the waiting list, first come first served, skipping anyone
 * whose category is full for someone whose category still has room. Runs inside
 * the transaction that freed the seat, so no one else can take it in between.
 */
export function promoteWaitlist(tx: Tx, meeting: Meeting, context: Context, counts: SeatCounts = seatCounts(tx, meeting, context.now)): number {
  if (meeting.status !== 'published') return 0;
  // The common case in a surge: every seat is held and no organization has one left
  // to give — nobody on the list can fit, so the list is not even read.
  if (counts.capacity !== null && heldSeats(counts) >= counts.capacity && [...counts.reservedByOrganization.keys()].every((id) => unclaimedSeats(counts, id) === 0)) {
    return 0;
  }
  const waiting = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.id))
    .all();
  let promoted = 0;
  for (const registration of waiting) {
    if (!fits(counts, registration.categoryId, registration.organizationId)) continue;
    take(counts, registration.categoryId, registration.organizationId);
    const confirmed = confirm(tx, registration, context.now, true);
    notify(tx, 'promoted', confirmed, meeting, context);
    recordAudit(tx, { actorId: null, action: 'registration.promote', entityType: 'registration', entityId: registration.id }, context.now);
    promoted += 1;
  }
  return promoted;
}

/** Seats held for organizations go back to everyone once their deadline passes; runs once per meeting. */
function releaseOrganizationSeats(tx: Tx, meeting: Meeting, context: Context) {
  const settings = loadSettings(tx, meeting.id);
  if (!settings.organizationSeatsReleaseAt || settings.organizationSeatsReleasedAt || settings.organizationSeatsReleaseAt > context.now) return;
  tx.update(registrationSettings).set({ organizationSeatsReleasedAt: context.now }).where(eq(registrationSettings.meetingId, meeting.id)).run();
  recordAudit(tx, { actorId: null, action: 'registration.releaseSeats', entityType: 'meeting', entityId: meeting.id }, context.now);
}

/**
 * Catches up on what time alone changes — organization seats past their deadline,
 * invitations past their expiry — and promotes whoever now fits. Called before
 * every registration write and every minute in the background.
 */
export function sweepMeeting(tx: Tx, meeting: Meeting, context: Context, counts?: SeatCounts): number {
  releaseOrganizationSeats(tx, meeting, context);
  return promoteWaitlist(tx, meeting, context, counts ?? seatCounts(tx, meeting, context.now));
}

export function sweepAllMeetings(context: Context): number {
  const published = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.status, 'published')).all();
  let promoted = 0;
  for (const { id } of published) {
    promoted += db.transaction((tx) => sweepMeeting(tx, loadMeeting(tx, id), context), IMMEDIATE);
  }
  return promoted;
}

function checkAnswers(_tx: Tx, meetingId: number, answers: Record<string, string>): Record<string, string> {
  const questions = (
    prepared('select id, kind, choices, required from registration_questions where meeting_id = ?').all(meetingId) as { id: number; kind: string; choices: string | null; required: number }[]
  ).map((row) => ({ ...row, choices: row.choices ? (JSON.parse(row.choices) as string[]) : null, required: row.required === 1 }));
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
    if (question.kind === 'choice' && !(question.choices ?? []).includes(answer)) throw new AppError('answerInvalid', { field });
    kept[question.id] = answer;
  }
  return kept;
}

/**
 * The organization a registration counts for, which decides who may take its held seats:
 * only a member of it — the signed-in member, or the account the invitation was sent to.
 * A guest's own words about where they work go in organizationName instead.
 */
function checkOrganization(tx: Tx, organizationId: number | null, personEmail: string | null, memberId: number | null): number | null {
  if (organizationId === null) return null;
  const organization = tx.select({ archivedAt: organizations.archivedAt }).from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization || organization.archivedAt) throw new AppError('notFound', { field: 'organizationId' });
  const userId = memberId ?? (personEmail ? tx.select({ id: users.id }).from(users).where(eq(users.email, personEmail)).get()?.id : undefined);
  const member = userId
    ? tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId))).get()
    : undefined;
  if (!member) throw new AppError('organizationNotYours', { field: 'organizationId' });
  return organizationId;
}

function isUniqueViolation(error: unknown) {
  return error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

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
    const meeting = loadMeeting(tx, input.meetingId);
    if (meeting.status !== 'published') throw new AppError('registrationUnavailable');
    const settings = loadSettings(tx, meeting.id);
    if (settings.opensAt && context.now < settings.opensAt) throw new AppError('registrationNotOpen');
    if ((settings.closesAt && context.now > settings.closesAt) || context.now > meeting.endsAt) throw new AppError('registrationClosed');

    // One count of the seats serves both the sweep and this registrant: the sweep updates it as it promotes.
    const counts = seatCounts(tx, meeting, context.now);
    sweepMeeting(tx, meeting, context, counts);

    const invitation = input.invitation
      ? tx.select().from(invitations).where(and(eq(invitations.tokenHash, hashToken(input.invitation)), eq(invitations.meetingId, meeting.id))).get()
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
    if (!category || (!invitation && !category.selfService)) throw new AppError('categoryUnavailable', { field: 'categoryId' });

    // An invitation is for the person it names: a member registers through it as themselves only if it is theirs.
    const member = viewer && (!invitation || viewer.email === invitation.email) ? viewer : null;
    const name = invitation?.name ?? member?.name ?? input.name;
    if (!name) throw new AppError('contactNeeded', { field: 'name' });
    const email = invitation?.email ?? member?.email ?? input.email ?? null;
    if (!email && !input.phone) throw new AppError('contactNeeded', { field: 'phone' });
    const answers = checkAnswers(tx, meeting.id, input.answers);
    const organizationId = checkOrganization(tx, input.organizationId, invitation?.email ?? null, member?.id ?? null);

    const status: Registration['status'] = invitation
      ? 'confirmed' // the invitation already held the seat
      : settings.mode === 'approval'
        ? 'pending'
        : fits(counts, category.id, organizationId)
          ? 'confirmed'
          : 'waitlisted';

    let registration: Registration;
    try {
      registration = tx
        .insert(registrations)
        .values({
          meetingId: meeting.id,
          categoryId: category.id,
          userId: member?.id ?? null,
          name,
          email,
          phone: input.phone,
          organizationId,
          organizationName: input.organizationName,
          status,
          answers,
          locale: context.locale,
          ticketCode: status === 'confirmed' ? newTicketCode() : null,
          accessToken: newLinkToken(),
          invitationId: invitation?.id ?? null,
          confirmedAt: status === 'confirmed' ? context.now : null,
          createdAt: context.now,
        })
        .returning()
        .get();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('alreadyRegistered');
      throw error;
    }
    if (invitation) tx.update(invitations).set({ acceptedAt: context.now }).where(eq(invitations.id, invitation.id)).run();

    notify(tx, status, registration, meeting, context);
    recordAudit(
      tx,
      { actorId: viewer?.id ?? null, action: 'registration.create', entityType: 'registration', entityId: registration.id, changes: { meetingId: meeting.id, categoryId: category.id, status } },
      context.now,
    );
    return { registrationId: registration.id, accessToken: registration.accessToken, status };
  }, IMMEDIATE);
}

/** The registrant (by their private link or their account) gives up their place; a freed seat goes to the waiting list. */
export function cancelRegistration(who: { accessToken: string } | { registrationId: number; userId: number }, context: Context): void {
  db.transaction((tx) => {
    const registration = tx
      .select()
      .from(registrations)
      .where(
        'accessToken' in who
          ? eq(registrations.accessToken, who.accessToken)
          : and(eq(registrations.id, who.registrationId), eq(registrations.userId, who.userId)),
      )
      .get();
    if (!registration) throw new AppError('notFound');
    if (!['confirmed', 'pending', 'waitlisted'].includes(registration.status)) throw new AppError('notCancellable');
    const meeting = loadMeeting(tx, registration.meetingId);
    if (context.now > meeting.endsAt) throw new AppError('notCancellable');
    const cancelled = tx
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: context.now })
      .where(eq(registrations.id, registration.id))
      .returning()
      .get();
    releaseSeat(tx, registration.id);
    notify(tx, 'cancelled', cancelled, meeting, context);
    recordAudit(tx, { actorId: 'userId' in who ? who.userId : null, action: 'registration.cancel', entityType: 'registration', entityId: registration.id, changes: { status: [registration.status, 'cancelled'] } }, context.now);
    if (registration.status === 'confirmed') promoteWaitlist(tx, meeting, context);
  }, IMMEDIATE);
}

/** An organizer's decision on a registration awaiting approval. Approved: a seat if one is free, else the waiting list. */
export function decideRegistration(registrationId: number, decision: 'approve' | 'reject', reason: string | null, actor: Actor, context: Context) {
  return db.transaction((tx) => {
    const registration = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get();
    if (!registration) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, registration.meetingId, actor);
    if (registration.status !== 'pending') throw new AppError('notPending');
    let notice: RegistrationNotice;
    let updated: Registration;
    if (decision === 'reject') {
      if (!reason) throw new AppError('reasonRequired', { field: 'reason' });
      updated = tx.update(registrations).set({ status: 'rejected', rejectionReason: reason }).where(eq(registrations.id, registrationId)).returning().get();
      notice = 'rejected';
    } else if (fits(seatCounts(tx, meeting, context.now), registration.categoryId, registration.organizationId)) {
      updated = confirm(tx, registration, context.now);
      notice = 'confirmed';
    } else {
      updated = tx.update(registrations).set({ status: 'waitlisted' }).where(eq(registrations.id, registrationId)).returning().get();
      notice = 'waitlisted';
    }
    notify(tx, notice, updated, meeting, context, reason);
    recordAudit(
      tx,
      { actorId: actor?.id ?? null, action: `registration.${decision}`, entityType: 'registration', entityId: registrationId, changes: { status: ['pending', updated.status], ...(reason ? { reason } : {}) } },
      context.now,
    );
    return { meetingId: meeting.id, slug: meeting.slug, status: updated.status };
  }, IMMEDIATE);
}

/**
 * Invites people into a category: each invitation holds a seat until it expires.
 * All or nothing — if the seats are not there for everyone, no one is invited.
 */
export function invite(
  meetingId: number,
  categoryId: number,
  people: InvitedPerson[],
  validDays: number,
  actor: Actor,
  context: Context,
): number {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    if (meeting.status === 'cancelled' || meeting.status === 'closed') throw new AppError('registrationUnavailable');
    const category = tx
      .select()
      .from(registrationCategories)
      .where(and(eq(registrationCategories.id, categoryId), eq(registrationCategories.meetingId, meetingId)))
      .get();
    if (!category) throw new AppError('categoryUnavailable', { field: 'categoryId' });
    const counts = seatCounts(tx, meeting, context.now);
    const expiresAt = new Date(Math.min(context.now.getTime() + validDays * 24 * 3600_000, meeting.endsAt.getTime()));
    for (const person of people) {
      if (!fits(counts, categoryId, null)) throw new AppError('notEnoughSeats', { values: { count: people.length } });
      counts.invitationsByCategory.set(categoryId, (counts.invitationsByCategory.get(categoryId) ?? 0) + 1);
      const token = newLinkToken();
      const { id } = tx
        .insert(invitations)
        .values({ meetingId, categoryId, name: person.name, email: person.email, tokenHash: hashToken(token), expiresAt, createdById: actor?.id ?? null, createdAt: context.now })
        .returning({ id: invitations.id })
        .get();
      enqueueEmail(tx, invitationEmail({ ...person, token, expiresAt, categoryName: category.name, categoryNameEn: category.nameEn }, meeting, { origin: context.origin, locale: context.locale }));
      recordAudit(tx, { actorId: actor?.id ?? null, action: 'invitation.create', entityType: 'invitation', entityId: id, changes: { meetingId, categoryId, name: person.name, email: person.email } }, context.now);
    }
    return people.length;
  }, IMMEDIATE);
}

/** Organization representatives with an email, for the "invite representatives" picker. */
export function representativesToInvite(tx: Tx, userIds: number[]): InvitedPerson[] {
  if (userIds.length === 0) return [];
  return tx.select({ name: users.name, email: users.email }).from(users).where(and(inArray(users.id, userIds), isNull(users.archivedAt))).all();
}

export function inviteRepresentatives(meetingId: number, categoryId: number, userIds: number[], extra: InvitedPerson[], validDays: number, actor: Actor, context: Context) {
  const people = [...db.transaction((tx) => representativesToInvite(tx, userIds)), ...extra];
  return invite(meetingId, categoryId, people, validDays, actor, context);
}

export type CheckInResult = { outcome: 'checkedIn' | 'already'; registrationId: number; name: string; categoryName: string; checkedInAt: Date };

/**
 * Checks a ticket holder in. Idempotent: the update only applies to someone not
 * yet checked in, so two door stations scanning the same ticket at once record
 * one check-in and the second is told when it happened.
 */
export function checkIn(meetingId: number, by: { code: string } | { registrationId: number }, actor: Actor, now = new Date()): CheckInResult {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const registration = tx
      .select()
      .from(registrations)
      // Only this meeting's tickets: the door must not learn that a code is valid elsewhere.
      .where(and(eq(registrations.meetingId, meetingId), 'code' in by ? eq(registrations.ticketCode, by.code) : eq(registrations.id, by.registrationId)))
      .get();
    if (!registration) throw new AppError('ticketUnknown', { field: 'code' });
    if (registration.status !== 'confirmed') throw new AppError('ticketNotConfirmed', { field: 'code' });
    const categoryName_ = categoryName(tx, registration.categoryId);
    const updated = tx
      .update(registrations)
      .set({ checkedInAt: now, checkedInById: actor?.id ?? null })
      .where(and(eq(registrations.id, registration.id), isNull(registrations.checkedInAt)))
      .run();
    if (updated.changes === 0) {
      return { outcome: 'already', registrationId: registration.id, name: registration.name, categoryName: categoryName_, checkedInAt: registration.checkedInAt! };
    }
    // Who came, in the chain itself: the meeting's evidence package proves attendance from these (decision 0012).
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.checkIn', entityType: 'registration', entityId: registration.id, changes: { meetingId, name: registration.name, categoryId: registration.categoryId } }, now);
    return { outcome: 'checkedIn', registrationId: registration.id, name: registration.name, categoryName: categoryName_, checkedInAt: now };
  }, IMMEDIATE);
}

type SettingsValues = { mode: 'open' | 'approval' | 'invitation'; opensAt: Date | null; closesAt: Date | null; organizationSeatsReleaseAt: Date | null };

/** Saves how the meeting takes registrations; a change that frees seats promotes the waiting list at once. */
export function saveSettings(meetingId: number, values: SettingsValues, actor: Actor, context: Context): string {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    if (values.opensAt && values.closesAt && values.closesAt <= values.opensAt) throw new AppError('closesBeforeOpens', { field: 'closesAt' });
    const before = loadSettings(tx, meetingId);
    // Moving the deadline lets the release run again at the new time.
    const releasedAt = before.organizationSeatsReleaseAt?.getTime() === values.organizationSeatsReleaseAt?.getTime() ? before.organizationSeatsReleasedAt : null;
    const row = { ...values, organizationSeatsReleasedAt: releasedAt, updatedAt: context.now };
    tx.insert(registrationSettings).values({ meetingId, ...row }).onConflictDoUpdate({ target: registrationSettings.meetingId, set: row }).run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.settings', entityType: 'meeting', entityId: meetingId, changes: values }, context.now);
    sweepMeeting(tx, meeting, context);
    return meeting.slug;
  }, IMMEDIATE);
}

type CategoryValues = { name: string; nameEn?: string | null; quota: number | null; selfService: boolean };

function assertCategoryNameFree(tx: Tx, meetingId: number, name: string, exceptId?: number) {
  const clash = tx
    .select({ id: registrationCategories.id })
    .from(registrationCategories)
    .where(and(eq(registrationCategories.meetingId, meetingId), eq(registrationCategories.name, name)))
    .get();
  if (clash && clash.id !== exceptId) throw new AppError('conflict', { field: 'name' });
}

export function addCategory(meetingId: number, values: CategoryValues, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    assertCategoryNameFree(tx, meetingId, values.name);
    const last = tx.select({ n: count() }).from(registrationCategories).where(eq(registrationCategories.meetingId, meetingId)).get()?.n ?? 0;
    const { id } = tx.insert(registrationCategories).values({ ...values, meetingId, position: last + 1 }).returning({ id: registrationCategories.id }).get();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.addCategory', entityType: 'meeting', entityId: meetingId, changes: { categoryId: id, ...values } }, context.now);
  }, IMMEDIATE);
}

export function updateCategory(categoryId: number, values: CategoryValues, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const category = tx.select().from(registrationCategories).where(eq(registrationCategories.id, categoryId)).get();
    if (!category) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, category.meetingId, actor);
    assertCategoryNameFree(tx, category.meetingId, values.name, categoryId);
    tx.update(registrationCategories).set(values).where(eq(registrationCategories.id, categoryId)).run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.updateCategory', entityType: 'meeting', entityId: category.meetingId, changes: { categoryId, ...values } }, context.now);
    // A larger quota may let people off the waiting list.
    promoteWaitlist(tx, meeting, context);
  }, IMMEDIATE);
}

export function removeCategory(categoryId: number, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const category = tx.select().from(registrationCategories).where(eq(registrationCategories.id, categoryId)).get();
    if (!category) throw new AppError('notFound');
    loadManagedMeeting(tx, category.meetingId, actor);
    const used =
      (tx.select({ n: count() }).from(registrations).where(eq(registrations.categoryId, categoryId)).get()?.n ?? 0) +
      (tx.select({ n: count() }).from(invitations).where(eq(invitations.categoryId, categoryId)).get()?.n ?? 0);
    if (used > 0) throw new AppError('categoryInUse');
    tx.delete(registrationCategories).where(eq(registrationCategories.id, categoryId)).run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.removeCategory', entityType: 'meeting', entityId: category.meetingId, changes: { categoryId, name: category.name } }, context.now);
  }, IMMEDIATE);
}

/** Seats held for one member organization; 0 removes the hold (and may promote the waiting list). */
export function setOrganizationSeats(meetingId: number, organizationId: number, seats: number, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    // A forged or archived id is a mistake to show beside the field, not a foreign-key crash.
    const organization = tx.select({ archivedAt: organizations.archivedAt }).from(organizations).where(eq(organizations.id, organizationId)).get();
    if (!organization || (organization.archivedAt && seats > 0)) throw new AppError('notFound', { field: 'organizationId' });
    const where = and(eq(organizationSeats.meetingId, meetingId), eq(organizationSeats.organizationId, organizationId));
    if (seats === 0) tx.delete(organizationSeats).where(where).run();
    else tx.insert(organizationSeats).values({ meetingId, organizationId, seats }).onConflictDoUpdate({ target: [organizationSeats.meetingId, organizationSeats.organizationId], set: { seats } }).run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.organizationSeats', entityType: 'meeting', entityId: meetingId, changes: { organizationId, seats } }, context.now);
    promoteWaitlist(tx, meeting, context);
  }, IMMEDIATE);
}

type QuestionValues = { kind: 'text' | 'choice' | 'consent'; label: string; choices: string[]; required: boolean };

export function addQuestion(meetingId: number, values: QuestionValues, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const last = tx.select({ n: count() }).from(registrationQuestions).where(eq(registrationQuestions.meetingId, meetingId)).get()?.n ?? 0;
    tx.insert(registrationQuestions)
      .values({ ...values, choices: values.kind === 'choice' ? values.choices : null, meetingId, position: last + 1 })
      .run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.addQuestion', entityType: 'meeting', entityId: meetingId, changes: values }, context.now);
  }, IMMEDIATE);
}

export function removeQuestion(questionId: number, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const question = tx.select().from(registrationQuestions).where(eq(registrationQuestions.id, questionId)).get();
    if (!question) throw new AppError('notFound');
    loadManagedMeeting(tx, question.meetingId, actor);
    tx.delete(registrationQuestions).where(eq(registrationQuestions.id, questionId)).run();
    recordAudit(tx, { actorId: actor?.id ?? null, action: 'registration.removeQuestion', entityType: 'meeting', entityId: question.meetingId, changes: { label: question.label } }, context.now);
  }, IMMEDIATE);
}
