import { hasRole, type Actor } from '@/lib/auth/permissions';

/** Organizations and their memberships are the site's register: admins keep it. */
export const canManageOrganizations = (actor: Actor) => hasRole(actor, 'admin');
