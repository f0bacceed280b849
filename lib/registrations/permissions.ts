import type { Actor } from '@/lib/auth/permissions';
import { canManageMeeting } from '@/lib/meetings/permissions';

/**
 * Registrations of a meeting (settings, categories, questions, decisions, invitations,
 * check-in, the exported lists) are run by the meeting's organizers and admins.
 * Registrants act on their own registration through its link, not through a role.
 */
export const canManageRegistrations = (actor: Actor, organizerIds: readonly number[]) =>
  canManageMeeting(actor, organizerIds);
