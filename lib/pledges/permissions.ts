import { hasRole, type Actor } from '@/lib/auth/permissions';

/**
 * Campaigns belong to the host (the subdistrict), not to one meeting: any organizer
 * creates, issues and countersigns them. Representatives act only through their memberships.
 */
export const canManagePledges = (actor: Actor) => hasRole(actor, 'organizer');
