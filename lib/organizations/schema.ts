import { z } from 'zod';
import { organizationKinds } from '@/db/schema/enums';
import { checkbox, chosenPerson, id, optionalText } from '@/lib/actions/fields';

export const organizationInput = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(organizationKinds),
  address: optionalText(200),
  description: optionalText(2000),
});
export type OrganizationInput = z.output<typeof organizationInput>;

export const membershipInput = z.object({
  organizationId: z.coerce
    .number({ error: 'validation.chooseOrganization' })
    .int()
    .positive({ error: 'validation.chooseOrganization' }),
  userId: chosenPerson,
  position: optionalText(50),
  isRepresentative: checkbox,
});

export const membershipUpdate = z.object({
  membershipId: id,
  isRepresentative: checkbox,
  position: optionalText(50),
});

export const organizationFilter = z.object({
  q: z.string().trim().max(100).catch(''),
  kind: z.enum(organizationKinds).optional().catch(undefined),
  archived: z.enum(['0', '1']).catch('0'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type OrganizationFilter = z.output<typeof organizationFilter>;

export const organizationUpdate = organizationInput.extend({ organizationId: id });

export const organizationArchive = z.object({ organizationId: id, archived: checkbox });

export const membershipRef = z.object({ membershipId: id });
