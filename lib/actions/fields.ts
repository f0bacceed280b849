import { z } from 'zod';
import { isCalendarDay } from '@/lib/meetings/time';

/** Form fields every domain needs, as zod schemas that read FormData strings. */

export const id = z.coerce.number().int().positive();

/** An optional reference (a select with an empty "none" choice): empty is null. */
export const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().positive().nullable());

/** An optional whole number in a range (a capacity, a quota, a percentage): a blank is null, not 0. */
export const optionalWholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(
      z
        .number({ error: 'validation.wholeNumber' })
        .int({ error: 'validation.wholeNumber' })
        .min(min)
        .max(max)
        .nullable(),
    );

/** A person chosen in a picker; nothing chosen reads as "choose a person", not as a bad number. */
export const chosenPerson = z.coerce
  .number({ error: 'validation.choosePerson' })
  .int()
  .positive({ error: 'validation.choosePerson' });

/** A checkbox sends "on" when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

/** Optional free text with a limit; an empty field is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/**
 * Characters no one types on purpose and that change what a reader or another program
 * sees: C0 controls other than tab and line breaks (NUL, ESC …), DEL, C1 controls, and
 * the bidirectional overrides and isolates (U+202A–202E, U+2066–2069) that can make text
 * read differently from what is stored (issue 12).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const hasControlCharacters = (text: string) => CONTROL_CHARACTERS.test(text);

/** The one refinement for free text: refused with a message beside the field, never stripped silently. */
export const plainText = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  schema.refine((value) => typeof value !== 'string' || !hasControlCharacters(value), {
    message: 'validation.controlCharacters',
  });

/** A typed day, YYYY-MM-DD, that exists in the calendar; every date field uses it, with one message. */
export const calendarDay = z
  .string({ error: 'validation.date' })
  .trim()
  .refine(isCalendarDay, { error: 'validation.date' });

/**
 * The optional English name beside a name an organizer types (decision 0020): the same
 * limit and the same refinement as the original, empty stored as null.
 */
export const englishName = (max: number) => plainText(optionalText(max));
