'use client';

import { ManagersCard } from '@/components/managers/ManagersCard';
import { addMeetingOrganizerAction, removeMeetingOrganizerAction } from '@/lib/meetings/actions';

type Person = { id: number; name: string; email: string };

/** Who runs this meeting besides admins: a role held per meeting. */
export function OrganizersCard({
  meetingId,
  organizers,
  candidates,
}: {
  meetingId: number;
  organizers: Person[];
  candidates: Person[];
}) {
  return (
    <ManagersCard
      field="meetingId"
      recordId={meetingId}
      managers={organizers}
      candidates={candidates}
      addAction={addMeetingOrganizerAction}
      removeAction={removeMeetingOrganizerAction}
      messages="meetings.organizers"
      idPrefix="organizer"
    />
  );
}
