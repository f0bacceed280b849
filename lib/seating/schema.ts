import { z } from 'zod';
import { seatingBlockKinds } from '@/db/schema/enums';
import { englishName, id, plainText } from '@/lib/actions/fields';

/** The most rows (or tables) and seats a block may have; also a check in the database. */
export const BLOCK_MAX = 200;

const count = z.coerce
  .number({ error: 'validation.wholeNumber' })
  .int({ error: 'validation.wholeNumber' })
  .min(1)
  .max(BLOCK_MAX);

/** One block of the hall; `blockId` present when editing one. */
export const blockInput = z.object({
  meetingId: id,
  blockId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
  name: plainText(z.string().trim().min(1).max(40)),
  nameEn: englishName(60),
  kind: z.enum(seatingBlockKinds, { error: 'validation.choice' }),
  rows: count,
  seats: count,
});
export type BlockInput = z.output<typeof blockInput>;

/** A seat as a form names it: block, row (or table), seat — numbers checked against the plan in the mutation. */
export const seatInput = z.object({
  blockId: id,
  row: z.coerce.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }),
  seat: z.coerce.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }),
});

/** "12:3:4" (block, row, seat) as one field: the seat picker's select and a drop target send this. */
export const seatField = z
  .string({ error: 'seating.errors.chooseSeat' })
  .regex(/^\d+:\d+:\d+$/, { error: 'seating.errors.chooseSeat' })
  .transform((value) => {
    const [blockId, row, seat] = value.split(':').map(Number) as [number, number, number];
    return { blockId, row, seat };
  });

export const assignInput = z.object({ meetingId: id, registrationId: id, seat: seatField });

/** Ticked categories arrive as front_<categoryId>=on, in the order they are listed. */
export function frontCategoriesFrom(form: Record<string, unknown>): number[] {
  return Object.entries(form)
    .filter(([key, value]) => /^front_\d+$/.test(key) && (value === 'on' || value === 'true'))
    .map(([key]) => Number(key.slice('front_'.length)));
}

export const autoAssignInput = z
  .looseObject({ meetingId: id })
  .transform((form) => ({ meetingId: form.meetingId, frontCategoryIds: frontCategoriesFrom(form) }));
