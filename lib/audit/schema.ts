import { z } from 'zod';
import { auditEntityTypes } from '@/db/schema/enums';

export const auditFilter = z.object({
  entityType: z.enum(auditEntityTypes).optional().catch(undefined),
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[\w.]*$/)
    .catch(''),
  actor: z.string().trim().max(100).catch(''),
  entityId: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilter>;
