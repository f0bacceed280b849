import { hasRole, type Actor } from '@/lib/auth/permissions';
import type { MeetingStatus } from '@/db/schema/enums';

/** Organizers (site role) schedule meetings; whoever creates one becomes its first organizer. */
export const canCreateMeetings = (actor: Actor) => hasRole(actor, 'organizer');

/** A meeting is run by its own organizers, a role held per meeting, and by admins. */
export function canManageMeeting(actor: Actor, organizerIds: readonly number[]): boolean {
  return hasRole(actor, 'admin') || (!!actor && organizerIds.includes(actor.id));
}

/** Drafts stay private; a meeting people could already see stays visible when it closes or is called off. */
export function isPubliclyVisible(meeting: { status: MeetingStatus; publishedAt: Date | null }): boolean {
  if (meeting.status === 'draft') return false;
  return meeting.status !== 'cancelled' || meeting.publishedAt !== null;
}

/** The run of show can be rehearsed on a draft and run on the day; not once the meeting is over or off. */
export const canRunLive = (status: MeetingStatus) => status === 'draft' || status === 'published';
