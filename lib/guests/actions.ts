'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { markGuestOfHonour, unmarkGuestOfHonour } from './mutations';
import { markGuestInput, unmarkGuestInput } from './schema';

const refresh = (meetingId: number) => {
  revalidatePath(`/[locale]/(site)/organize/meetings/${meetingId}/registrations`, 'page');
  revalidatePath(`/[locale]/(site)/organize/meetings/${meetingId}/report`, 'page');
};

/** Marks a registration as a guest of honour (特邀嘉宾) with their title; the meeting's organizers only (checked in the mutation). */
export const markGuestOfHonourAction = defineAction({
  schema: markGuestInput,
  who: 'signedIn',
  run(input, { viewer }) {
    refresh(markGuestOfHonour(input, viewer));
    return { message: 'guests.marked' };
  },
});

export const unmarkGuestOfHonourAction = defineAction({
  schema: unmarkGuestInput,
  who: 'signedIn',
  run(input, { viewer }) {
    refresh(unmarkGuestOfHonour(input, viewer));
    return { message: 'guests.unmarked' };
  },
});
