import { hasRole, type Actor } from '@/lib/auth/permissions';

/** The audit log shows every write by everyone: admins only. */
export const canReadAuditLog = (actor: Actor) => hasRole(actor, 'admin');
