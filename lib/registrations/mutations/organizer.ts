/** What a meeting's organizers do: decide on pending registrations, invite, and set the meeting's settings, categories, held seats and questions. */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import {
  invitations,
  organizations,
  organizationSeats,
  registrationCategories,
  registrationQuestions,
  registrations,
  registrationSettings,
  users,
  type AuditChanges,
  type Registration,
} from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { invitationEmail, type RegistrationNotice } from '../emails';
import type { InvitedPerson } from '../schema';
import { fits } from '../seats';
import { hashToken, newLinkToken } from '../tokens';
import { confirm, loadSettings, notify, promoteWaitlist, seatCounts, type Context } from './capacity';
import { sweepMeeting } from './sweeps';

/** A change to how a meeting takes registrations: audited on the meeting, at the request's time. */
function auditSetup(tx: Tx, actor: Actor, context: Context, action: string, meetingId: number, changes: AuditChanges) {
  recordAudit(
    tx,
    { actorId: actor?.id ?? null, action, entityType: 'meeting', entityId: meetingId, changes },
    context.now,
  );
}

/** An organizer's decision on a registration awaiting approval. Approved: a seat if one is free, else the waiting list. */
export function decideRegistration(
  registrationId: number,
  decision: 'approve' | 'reject',
  reason: string | null,
  actor: Actor,
  context: Context,
) {
  return db.transaction((tx) => {
    const registration = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get();
    if (!registration) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, registration.meetingId, actor);
    if (registration.status !== 'pending') throw new AppError('notPending');
    let notice: RegistrationNotice;
    let updated: Registration;
    if (decision === 'reject') {
      if (!reason) throw new AppError('reasonRequired', { field: 'reason' });
      updated = tx
        .update(registrations)
        .set({ status: 'rejected', rejectionReason: reason })
        .where(eq(registrations.id, registrationId))
        .returning()
        .get();
      notice = 'rejected';
    } else if (fits(seatCounts(meeting, context.now), registration.categoryId, registration.organizationId)) {
      updated = confirm(tx, registration, context.now);
      notice = 'confirmed';
    } else {
      updated = tx
        .update(registrations)
        .set({ status: 'waitlisted' })
        .where(eq(registrations.id, registrationId))
        .returning()
        .get();
      notice = 'waitlisted';
    }
    notify(tx, notice, updated, meeting, context, reason);
    recordAudit(
      tx,
      {
        actorId: actor?.id ?? null,
        action: `registration.${decision}`,
        entityType: 'registration',
        entityId: registrationId,
        changes: { status: ['pending', updated.status], ...(reason ? { reason } : {}) },
      },
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
    const counts = seatCounts(meeting, context.now);
    const expiresAt = new Date(Math.min(context.now.getTime() + validDays * 24 * 3600_000, meeting.endsAt.getTime()));
    for (const person of people) {
      if (!fits(counts, categoryId, null)) throw new AppError('notEnoughSeats', { values: { count: people.length } });
      counts.invitationsByCategory.set(categoryId, (counts.invitationsByCategory.get(categoryId) ?? 0) + 1);
      const token = newLinkToken();
      const { id } = tx
        .insert(invitations)
        .values({
          meetingId,
          categoryId,
          name: person.name,
          email: person.email,
          tokenHash: hashToken(token),
          expiresAt,
          createdById: actor?.id ?? null,
          createdAt: context.now,
        })
        .returning({ id: invitations.id })
        .get();
      enqueueEmail(
        tx,
        invitationEmail(
          { ...person, token, expiresAt, categoryName: category.name, categoryNameEn: category.nameEn },
          meeting,
          { origin: context.origin, locale: context.locale },
        ),
      );
      recordAudit(
        tx,
        {
          actorId: actor?.id ?? null,
          action: 'invitation.create',
          entityType: 'invitation',
          entityId: id,
          changes: { meetingId, categoryId, name: person.name, email: person.email },
        },
        context.now,
      );
    }
    return people.length;
  }, IMMEDIATE);
}

/** Organization representatives with an email, for the "invite representatives" picker. */
export function representativesToInvite(tx: Tx, userIds: number[]): InvitedPerson[] {
  if (userIds.length === 0) return [];
  return tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(inArray(users.id, userIds), isNull(users.archivedAt)))
    .all();
}

export function inviteRepresentatives(
  meetingId: number,
  categoryId: number,
  userIds: number[],
  extra: InvitedPerson[],
  validDays: number,
  actor: Actor,
  context: Context,
) {
  const people = [...db.transaction((tx) => representativesToInvite(tx, userIds)), ...extra];
  return invite(meetingId, categoryId, people, validDays, actor, context);
}
type SettingsValues = {
  mode: 'open' | 'approval' | 'invitation';
  opensAt: Date | null;
  closesAt: Date | null;
  organizationSeatsReleaseAt: Date | null;
};

/** Saves how the meeting takes registrations; a change that frees seats promotes the waiting list at once. */
export function saveSettings(meetingId: number, values: SettingsValues, actor: Actor, context: Context): string {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    if (values.opensAt && values.closesAt && values.closesAt <= values.opensAt)
      throw new AppError('closesBeforeOpens', { field: 'closesAt' });
    const before = loadSettings(meetingId);
    // Moving the deadline lets the release run again at the new time.
    const releasedAt =
      before.organizationSeatsReleaseAt?.getTime() === values.organizationSeatsReleaseAt?.getTime()
        ? before.organizationSeatsReleasedAt
        : null;
    const row = { ...values, organizationSeatsReleasedAt: releasedAt, updatedAt: context.now };
    tx.insert(registrationSettings)
      .values({ meetingId, ...row })
      .onConflictDoUpdate({ target: registrationSettings.meetingId, set: row })
      .run();
    auditSetup(tx, actor, context, 'registration.settings', meetingId, values);
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
    const last =
      tx
        .select({ n: count() })
        .from(registrationCategories)
        .where(eq(registrationCategories.meetingId, meetingId))
        .get()?.n ?? 0;
    const { id } = tx
      .insert(registrationCategories)
      .values({ ...values, meetingId, position: last + 1 })
      .returning({ id: registrationCategories.id })
      .get();
    auditSetup(tx, actor, context, 'registration.addCategory', meetingId, { categoryId: id, ...values });
  }, IMMEDIATE);
}

export function updateCategory(categoryId: number, values: CategoryValues, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const category = tx.select().from(registrationCategories).where(eq(registrationCategories.id, categoryId)).get();
    if (!category) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, category.meetingId, actor);
    assertCategoryNameFree(tx, category.meetingId, values.name, categoryId);
    tx.update(registrationCategories).set(values).where(eq(registrationCategories.id, categoryId)).run();
    auditSetup(tx, actor, context, 'registration.updateCategory', category.meetingId, { categoryId, ...values });
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
    auditSetup(tx, actor, context, 'registration.removeCategory', category.meetingId, {
      categoryId,
      name: category.name,
    });
  }, IMMEDIATE);
}

/** Seats held for one member organization; 0 removes the hold (and may promote the waiting list). */
export function setOrganizationSeats(
  meetingId: number,
  organizationId: number,
  seats: number,
  actor: Actor,
  context: Context,
): void {
  db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    // A forged or archived id is a mistake to show beside the field, not a foreign-key crash.
    const organization = tx
      .select({ archivedAt: organizations.archivedAt })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .get();
    if (!organization || (organization.archivedAt && seats > 0))
      throw new AppError('notFound', { field: 'organizationId' });
    const where = and(eq(organizationSeats.meetingId, meetingId), eq(organizationSeats.organizationId, organizationId));
    if (seats === 0) tx.delete(organizationSeats).where(where).run();
    else
      tx.insert(organizationSeats)
        .values({ meetingId, organizationId, seats })
        .onConflictDoUpdate({ target: [organizationSeats.meetingId, organizationSeats.organizationId], set: { seats } })
        .run();
    auditSetup(tx, actor, context, 'registration.organizationSeats', meetingId, { organizationId, seats });
    promoteWaitlist(tx, meeting, context);
  }, IMMEDIATE);
}

type QuestionValues = { kind: 'text' | 'choice' | 'consent'; label: string; choices: string[]; required: boolean };

export function addQuestion(meetingId: number, values: QuestionValues, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const last =
      tx.select({ n: count() }).from(registrationQuestions).where(eq(registrationQuestions.meetingId, meetingId)).get()
        ?.n ?? 0;
    tx.insert(registrationQuestions)
      .values({ ...values, choices: values.kind === 'choice' ? values.choices : null, meetingId, position: last + 1 })
      .run();
    auditSetup(tx, actor, context, 'registration.addQuestion', meetingId, values);
  }, IMMEDIATE);
}

export function removeQuestion(questionId: number, actor: Actor, context: Context): void {
  db.transaction((tx) => {
    const question = tx.select().from(registrationQuestions).where(eq(registrationQuestions.id, questionId)).get();
    if (!question) throw new AppError('notFound');
    loadManagedMeeting(tx, question.meetingId, actor);
    tx.delete(registrationQuestions).where(eq(registrationQuestions.id, questionId)).run();
    auditSetup(tx, actor, context, 'registration.removeQuestion', question.meetingId, { label: question.label });
  }, IMMEDIATE);
}
