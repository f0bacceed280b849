import { z } from 'zod';
import { isCalendarDay } from '@/lib/meetings/time';

/** Form fields every domain needs, as zod schemas that read FormData strings. */

export const id = z.coerce.number().int().positive();

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

/** A typed day, YYYY-MM-DD, that exists in the calendar; every date field uses it, with one message. */
export const calendarDay = z.string({ error: 'validation.date' }).trim().refine(isCalendarDay, { error: 'validation.date' });
