import type { Actor } from '@/lib/auth/permissions';
import { canManageMeeting } from '@/lib/meetings/permissions';

/** The agenda belongs to its meeting: whoever runs the meeting edits its agenda (its own organizers and admins). */
export const canEditAgenda = (actor: Actor, organizerIds: readonly number[]) => canManageMeeting(actor, organizerIds);
