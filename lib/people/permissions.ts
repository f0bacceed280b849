import type { SiteRole } from '@/db/schema/enums';
import { hasRole, type Actor } from '@/lib/auth/permissions';

/** People (accounts, roles, archiving) are managed by admins. */
export const canManagePeople = (actor: Actor) => hasRole(actor, 'admin');

/** An admin may not take away their own admin role: someone must always be left to manage the site. */
export function canChangeRole(actor: Actor, targetUserId: number, newRole: SiteRole): boolean {
  if (!actor || !hasRole(actor, 'admin')) return false;
  return !(actor.id === targetUserId && newRole !== 'admin');
}

/** Nor archive themselves: an archived account cannot sign in, and the site would lose its admin. */
export const canArchivePerson = (actor: Actor, targetUserId: number, archived: boolean) =>
  canManagePeople(actor) && !(archived && actor!.id === targetUserId);
