import type { SiteRole } from '@/db/schema/enums';

/** Only what permissions need; a Viewer fits. */
export type Actor = { id: number; role: SiteRole } | null;

const rank: Record<SiteRole, number> = { member: 1, organizer: 2, admin: 3 };

/** Site roles nest: an admin may do what an organizer may, an organizer what a member may. */
export function hasRole(actor: Actor, role: SiteRole): boolean {
  return !!actor && rank[actor.role] >= rank[role];
}

/** The admin area (organizations, people, the audit log); each domain's permissions.ts says who acts there. */
export const canSeeAdminArea = (actor: Actor) => hasRole(actor, 'admin');
