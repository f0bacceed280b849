import { register, type Context } from '@/lib/registrations/mutations';
import type { RegistrationInput } from '@/lib/registrations/schema';

/**
 * When and where a registration happens: by default a month before the meetings
 * `makeRegistrableMeeting` makes (30 April 2031), on the public site, in Chinese.
 */
export const registrationContext = (now = '2031-04-01T00:00:00Z', locale = 'zh-CN'): Context => ({
  now: new Date(now),
  origin: 'https://convene.example',
  locale,
});

/** A guest's form as the public registration form sends it: no organization, no invitation, no answers. */
export function guestInput(
  meetingId: number,
  categoryId: number,
  guest: Pick<RegistrationInput, 'name' | 'email'> & Partial<RegistrationInput>,
): RegistrationInput {
  return {
    meetingId,
    categoryId,
    phone: null,
    organizationId: null,
    organizationName: null,
    invitation: null,
    answers: {},
    ...guest,
  };
}

/** A guest who is not signed in registers through the real mutation. */
export const registerGuest = (
  meetingId: number,
  categoryId: number,
  guest: Parameters<typeof guestInput>[2],
  context = registrationContext(),
) => register(guestInput(meetingId, categoryId, guest), null, context);
