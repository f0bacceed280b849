import { z } from 'zod';
import { locales } from '@/db/schema/enums';
import { id, plainText } from '@/lib/actions/fields';

/** The longest report body kept, in characters: the reference article is about 4,000. */
export const REPORT_MAX = 50_000;

export const reportLocale = z.enum(locales);

export const generateReportInput = z.object({ meetingId: id, reportLocale });

export const saveReportInput = z.object({
  meetingId: id,
  reportLocale,
  body: z.string().trim().min(1).max(REPORT_MAX),
  // The version the editor started from: a save over someone else's newer version is refused.
  baseVersion: z.coerce.number().int().min(0),
});

/** The longest photo caption kept: a line under the picture, not a paragraph. */
export const CAPTION_MAX = 200;

export const placePhotoInput = z.object({
  meetingId: id,
  reportLocale,
  baseVersion: z.coerce.number().int().min(1),
  // The block the photo follows: 0 puts it first.
  after: z.coerce.number().int().min(0).max(10_000),
  caption: plainText(z.string().trim().min(1).max(CAPTION_MAX)),
});
