'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define-action';

import { redirect } from '@/lib/i18n/navigation';
import {
  addMeetingOrganizer,
  changeMeetingStatus,
  createMeeting,
  removeMeetingOrganizer,
  updateMeeting,
} from './mutations';
import { canCreateMeetings } from './permissions';
import { refreshMeeting, refreshOrganizerPages } from './revalidate';
import { meetingInput, meetingOrganizerChoice, meetingPerson, meetingTransitionInput, meetingUpdate } from './schema';

export const createMeetingAction = defineAction({
  schema: meetingInput,
  who: 'organizer',
  allow: canCreateMeetings,
  async run(input, { viewer }) {
    const locale = await getLocale();
    const t = await getTranslations('registration.defaultCategories');
    // The starting categories come with their English names (decision 0020), so English visitors can choose.
    const en = await getTranslations({ locale: 'en', namespace: 'registration.defaultCategories' });
    const category = (key: 'leaders' | 'winners' | 'representatives' | 'staff' | 'public', selfService: boolean) => ({
      name: t(key),
      nameEn: locale === 'en' ? null : en(key),
      selfService,
    });
    const meeting = createMeeting(input, viewer, [
      category('leaders', false),
      category('winners', false),
      category('representatives', true),
      category('staff', false),
      category('public', true),
    ]);
    refreshMeeting(meeting.slug);
    // Next step for a new meeting: its run of show.
    redirect({ href: `/organize/meetings/${meeting.id}/agenda`, locale });
  },
});

// Edits and status changes name the meeting; whether the caller organizes it is checked in the mutation's transaction.
export const updateMeetingAction = defineAction({
  schema: meetingUpdate,
  who: 'signedIn',
  run({ meetingId, ...input }, { viewer }) {
    const meeting = updateMeeting(meetingId, input, viewer);
    refreshMeeting(meeting.slug);
    return { message: 'common.saved', keepValues: true };
  },
});

export const changeMeetingStatusAction = defineAction({
  schema: meetingTransitionInput,
  who: 'signedIn',
  run({ meetingId, transition }, { viewer }) {
    const meeting = changeMeetingStatus(meetingId, transition, viewer);
    refreshMeeting(meeting.slug);
    return { message: `meetings.status.done.${transition}` };
  },
});

export const addMeetingOrganizerAction = defineAction({
  schema: meetingOrganizerChoice,
  who: 'signedIn',
  run({ meetingId, userId }, { viewer }) {
    addMeetingOrganizer(meetingId, userId, viewer);
    refreshOrganizerPages();
    return { message: 'meetings.organizers.added' };
  },
});

export const removeMeetingOrganizerAction = defineAction({
  schema: meetingPerson,
  who: 'signedIn',
  run({ meetingId, userId }, { viewer }) {
    removeMeetingOrganizer(meetingId, userId, viewer);
    refreshOrganizerPages();
    return { message: 'meetings.organizers.removed' };
  },
});
