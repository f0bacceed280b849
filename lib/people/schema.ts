import { z } from 'zod';
import { siteRoles } from '@/db/schema/enums';
import { emailField, newPassword, personName } from '@/lib/auth/schema';
import { checkbox, id } from '@/lib/actions/fields';

/** Mainland mobile numbers (11 digits from 1), or an international number with its + and country code. */
export const phoneField = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(/^(1[3-9]\d{9}|\+\d{7,15})$/, { error: 'validation.phone' })]))
  .transform((v) => (v === '' ? null : v));

export const personDetails = z.object({
  name: personName,
  email: emailField,
  phone: phoneField.optional().transform((v) => v ?? null),
});

export const createPersonInput = personDetails.extend({
  role: z.enum(siteRoles),
  // Optional: people may be recorded before they are given a way to sign in.
  initialPassword: z
    .union([z.literal(''), newPassword])
    .optional()
    .transform((v) => v || null),
});
export type CreatePersonInput = z.output<typeof createPersonInput>;

export const updatePersonInput = personDetails.extend({ personId: id });
export const roleChangeInput = z.object({ personId: id, role: z.enum(siteRoles) });

export const peopleFilter = z.object({
  q: z.string().trim().max(100).catch(''),
  role: z.enum(siteRoles).optional().catch(undefined),
  archived: z.enum(['0', '1']).catch('0'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PeopleFilter = z.output<typeof peopleFilter>;

export const personArchive = z.object({ personId: id, archived: checkbox });
