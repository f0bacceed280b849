import { hasRole, type Actor } from '@/lib/auth/permissions';

/**
 * Campaigns belong to the host (the subdistrict): any site organizer may start one and
 * becomes its first manager. Each campaign is then run by its own managers and by admins
 * (decision 0014). Representatives act only through their memberships.
 */
export const canCreateCampaigns = (actor: Actor) => hasRole(actor, 'organizer');

/** The pledge pages for organizers: open to site organizers, each campaign still checks its managers. */
export const canSeePledgeAdmin = canCreateCampaigns;

/** A manager who has lost the site organizer role no longer manages. */
export function canManageCampaign(actor: Actor, managerIds: readonly number[]): boolean {
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'organizer') && managerIds.includes(actor!.id);
}
