import { z } from 'zod';
import { chosenPerson, englishName, id, optionalText, optionalWholeNumber } from '@/lib/actions/fields';
import { isTimeZone, wallTimeToInstant } from './time';

const DAY = 24 * 60 * 60_000;

/** Letters, digits and single hyphens: /meetings/2020-annual-conference. */
export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(60)
  .refine((v) => v === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), { error: 'validation.slug' })
  .refine((v) => v === '' || v.length >= 3, { error: 'validation.slug' })
  .transform((v) => (v ? v : null));

const wallTime = z.string({ error: 'validation.dateTime' }).trim().min(1, { error: 'validation.dateTime' });

/**
 * The meeting form. Start and end are typed as wall-clock times in the chosen
 * zone and leave this schema as instants.
 */
export const meetingInput = z
  .object({
    title: z.string().trim().min(1).max(120),
    titleEn: englishName(120),
    theme: optionalText(200),
    themeEn: englishName(200),
    description: optionalText(5000),
    venueName: optionalText(120),
    venueAddress: optionalText(200),
    timeZone: z.string().trim().refine(isTimeZone, { error: 'validation.timeZone' }),
    startsAt: wallTime,
    endsAt: wallTime,
    capacity: optionalWholeNumber(1, 100_000),
    slug: slugField.optional().transform((v) => v ?? null),
  })
  .transform((input, ctx) => {
    const zone = isTimeZone(input.timeZone) ? input.timeZone : 'UTC';
    const startsAt = wallTimeToInstant(input.startsAt, zone);
    const endsAt = wallTimeToInstant(input.endsAt, zone);
    if (!startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'validation.dateTime' });
    if (!endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.dateTime' });
    if (!startsAt || !endsAt) return z.NEVER;
    const year = startsAt.getUTCFullYear();
    if (year < 2000 || year > 2100) {
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'validation.yearRange' });
      return z.NEVER;
    }
    if (endsAt <= startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
      return z.NEVER;
    }
    if (endsAt.getTime() - startsAt.getTime() > 14 * DAY) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.meetingTooLong' });
      return z.NEVER;
    }
    return { ...input, startsAt, endsAt };
  });
export type MeetingInput = z.output<typeof meetingInput>;

export const meetingTransitions = {
  publish: { from: ['draft'], to: 'published' },
  close: { from: ['published'], to: 'closed' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
} as const;
export type MeetingTransition = keyof typeof meetingTransitions;

export const meetingUpdate = z.intersection(meetingInput, z.object({ meetingId: id }));

export const meetingPerson = z.object({ meetingId: id, userId: id });

const transitions = Object.keys(meetingTransitions) as [MeetingTransition, ...MeetingTransition[]];
export const meetingTransitionInput = z.object({ meetingId: id, transition: z.enum(transitions) });

export const meetingOrganizerChoice = z.object({ meetingId: id, userId: chosenPerson });
