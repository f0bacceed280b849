import { z } from 'zod';
import { checkbox, englishName, id, plainText } from '@/lib/actions/fields';
import { slugField } from '@/lib/meetings/schema';

/** The small form of "prepare next year's meeting": everything else is copied from last year. */
export const nextEditionInput = z.object({
  meetingId: id,
  title: plainText(z.string().trim().min(1).max(120)),
  titleEn: englishName(120),
  // Empty: the suggested address (the year in last year's replaced).
  slug: slugField.optional().transform((v) => v ?? null),
  keepPresenters: checkbox,
});
export type NextEditionInput = z.output<typeof nextEditionInput>;
