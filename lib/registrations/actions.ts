'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { id } from '@/lib/actions/fields';
import { AppError } from '@/lib/errors';
import { formatClock } from '@/lib/i18n/dates';
import { localizedPath } from '@/lib/i18n/routing';
import { deliverOutboxSoon } from '@/lib/mail/deliver';
import { wallTimeToInstant } from '@/lib/meetings/time';
import { getMeeting } from '@/lib/meetings/data';
import { withoutBlocking } from '@/lib/contention/mutations';
import { inWriteTurn } from '@/lib/contention/write-turn';
import { clientKey, enforceRateLimit } from '@/lib/limits/guard';
import { requestContext } from '@/lib/request/context';
import { seatOf } from '@/lib/seating/data';
import { seatText } from '@/lib/seating/format';
import { getLocale } from 'next-intl/server';
import {
  addCategory,
  addQuestion,
  cancelRegistration,
  checkIn,
  decideRegistration,
  inviteRepresentatives,
  register,
  removeCategory,
  removeQuestion,
  saveSettings,
  setOrganizationSeats,
  updateCategory,
} from './mutations';
import {
  accessTokenInput,
  categoryInput,
  categoryRef,
  checkInInput,
  decisionInput,
  invitationInput,
  meetingQuestionInput,
  organizationSeatsInput,
  parseInvitedPeople,
  questionRef,
  registrationInput,
  settingsInput,
} from './schema';
import { normalizeTicketCode } from './tokens';

// Organizer actions name a meeting or one of its records; the mutation checks, in its
// transaction, that the caller organizes that meeting.
const refreshOrganizerPages = () => revalidatePath('/[locale]/(site)/organize', 'layout');

export const registerAction = defineAction({
  schema: registrationInput,
  who: 'anyone',
  async run(input, { viewer }) {
    const context = await requestContext();
    // One indexed upsert before the seat decision: a script cannot flood the meeting (docs/decisions/0018).
    // Both write: with several workers, both in this request's turn at the write lock, in the order
    // requests asked for it, and waiting for the lock without stalling this worker (lib/contention).
    const result = await inWriteTurn(async () => {
      await withoutBlocking(() => enforceRateLimit('registration', clientKey(context.ip), context.now));
      return withoutBlocking(() => register(input, viewer, context));
    });
    deliverOutboxSoon();
    // No revalidation and no server redirect: either would render a whole page into this
    // answer, and in a surge every millisecond here is a millisecond of the queue.
    // Organizer pages read the database on every request anyway.
    return { redirectTo: localizedPath(`/registrations/${result.accessToken}`, context.locale) };
  },
});

export const cancelRegistrationAction = defineAction({
  schema: accessTokenInput,
  who: 'anyone',
  async run({ accessToken }) {
    cancelRegistration({ accessToken }, await requestContext());
    deliverOutboxSoon();
    // The route, not this token's path: a revalidated path is stored as a cache tag in the
    // database (lib/cache/handler.cjs), and the token must never rest there in clear (0018).
    revalidatePath('/[locale]/(site)/registrations/[token]', 'page');
    refreshOrganizerPages();
    return { message: 'registration.cancelled' };
  },
});

export const decideRegistrationAction = defineAction({
  schema: decisionInput,
  who: 'signedIn',
  async run({ registrationId, decision, reason }, { viewer }) {
    decideRegistration(registrationId, decision, reason, viewer, await requestContext());
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: `registration.decided.${decision}` };
  },
});

export const inviteAction = defineAction({
  schema: invitationInput,
  who: 'signedIn',
  async run({ meetingId, categoryId, people, representatives, validDays }, { viewer }) {
    const pasted = parseInvitedPeople(people);
    if (pasted.badLines.length > 0)
      throw new AppError('invitationListInvalid', { field: 'people', values: { lines: pasted.badLines.join(', ') } });
    if (pasted.people.length === 0 && representatives.length === 0)
      throw new AppError('invitationListEmpty', { field: 'people' });
    const count = inviteRepresentatives(
      meetingId,
      categoryId,
      representatives,
      pasted.people,
      validDays,
      viewer,
      await requestContext(),
    );
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: 'registration.invited', messageValues: { count } };
  },
});

export const saveSettingsAction = defineAction({
  schema: settingsInput,
  who: 'signedIn',
  async run({ meetingId, mode, opensAt, closesAt, organizationSeatsReleaseAt }, { viewer }) {
    const meeting = getMeeting(meetingId);
    if (!meeting) throw new AppError('notFound');
    const instant = (value: string, field: string) => {
      if (!value) return null;
      const parsed = wallTimeToInstant(value, meeting.timeZone);
      if (!parsed) throw new AppError('invalidTime', { field });
      return parsed;
    };
    const slug = saveSettings(
      meetingId,
      {
        mode,
        opensAt: instant(opensAt, 'opensAt'),
        closesAt: instant(closesAt, 'closesAt'),
        organizationSeatsReleaseAt: instant(organizationSeatsReleaseAt, 'organizationSeatsReleaseAt'),
      },
      viewer,
      await requestContext(),
    );
    deliverOutboxSoon();
    refreshOrganizerPages();
    revalidatePath(`/[locale]/(site)/meetings/${slug}/register`, 'page');
    return { message: 'common.saved', keepValues: true };
  },
});

export const addCategoryAction = defineAction({
  schema: categoryInput.extend({ meetingId: id }),
  who: 'signedIn',
  async run({ meetingId, ...values }, { viewer }) {
    addCategory(meetingId, values, viewer, await requestContext());
    refreshOrganizerPages();
    return { message: 'registration.categoryAdded' };
  },
});

export const updateCategoryAction = defineAction({
  schema: categoryInput.extend({ categoryId: id }),
  who: 'signedIn',
  async run({ categoryId, ...values }, { viewer }) {
    updateCategory(categoryId, values, viewer, await requestContext());
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: 'common.saved', keepValues: true };
  },
});

export const removeCategoryAction = defineAction({
  schema: categoryRef,
  who: 'signedIn',
  async run({ categoryId }, { viewer }) {
    removeCategory(categoryId, viewer, await requestContext());
    refreshOrganizerPages();
    return { message: 'registration.categoryRemoved' };
  },
});

export const setOrganizationSeatsAction = defineAction({
  schema: organizationSeatsInput,
  who: 'signedIn',
  async run({ meetingId, organizationId, seats }, { viewer }) {
    setOrganizationSeats(meetingId, organizationId, seats, viewer, await requestContext());
    deliverOutboxSoon();
    refreshOrganizerPages();
    return { message: 'common.saved' };
  },
});

export const addQuestionAction = defineAction({
  schema: meetingQuestionInput,
  who: 'signedIn',
  async run({ meetingId, ...values }, { viewer }) {
    addQuestion(meetingId, values, viewer, await requestContext());
    refreshOrganizerPages();
    return { message: 'registration.questionAdded' };
  },
});

export const removeQuestionAction = defineAction({
  schema: questionRef,
  who: 'signedIn',
  async run({ questionId }, { viewer }) {
    removeQuestion(questionId, viewer, await requestContext());
    refreshOrganizerPages();
    return { message: 'registration.questionRemoved' };
  },
});

export const checkInAction = defineAction({
  schema: checkInInput,
  who: 'signedIn',
  async run({ meetingId, code, registrationId }, { viewer }) {
    const by = registrationId ? { registrationId } : { code: normalizeTicketCode(code ?? '') };
    if ('code' in by && !by.code) throw new AppError('ticketUnknown', { field: 'code' });
    // The station refreshes its counters itself after the answer (CheckInStation); the
    // answer carries only the result, so the queue at the door moves fast.
    const result = checkIn(meetingId, by, viewer);
    const time = formatClock(result.checkedInAt, getMeeting(meetingId)!.timeZone);
    // The seat, when one is given, so the door can point the way (lib/seating).
    const seat = seatOf([result.registrationId]).get(result.registrationId);
    const message = result.outcome === 'checkedIn' ? 'checkIn.done' : 'checkIn.already';
    return {
      message: seat ? `${message}Seat` : message,
      outcome: result.outcome,
      messageValues: {
        name: result.name,
        category: result.categoryName,
        time,
        seat: seat ? seatText(seat, await getLocale()) : '',
      },
    };
  },
});
