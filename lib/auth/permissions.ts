import type { SiteRole } from '@/db/schema/enums';

/** Only what permissions need; a Viewer fits. */
export type Actor = { id: number; role: SiteRole } | null;

const rank: Record<SiteRole, number> = { member: 1, organizer: 2, admin: 3 };

/** Site roles nest: an admin may do what an organizer may, an organizer what a member may. */
export function hasRole(actor: Actor, role: SiteRole): boolean {
  return !!actor && rank[actor.role] >= rank[role];
}

export const canManageOrganizations = (actor: Actor) => hasRole(actor, 'admin');
export const canManagePeople = (actor: Actor) => hasRole(actor, 'admin');
export const canReadAuditLog = (actor: Actor) => hasRole(actor, 'admin');
export const canSeeAdminArea = (actor: Actor) => hasRole(actor, 'admin');

/** An admin may not take away their own admin role: someone must always be left to manage the site. */
export function canChangeRole(actor: Actor, targetUserId: number, newRole: SiteRole): boolean {
  if (!actor || !hasRole(actor, 'admin')) return false;
  return !(actor.id === targetUserId && newRole !== 'admin');
}
