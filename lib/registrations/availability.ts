import { heldSeats, type SeatCounts } from './seats';

/**
 * What a visitor is told before registering: whether they can, how many seats
 * are left, and — when the meeting is full — at which place of the waiting list
 * they would land. Pure, over the counts the registration itself uses
 * (lib/registrations/seats.ts), so what is promised is what happens.
 */
export type Availability = {
  state: 'open' | 'full' | 'notOpenYet' | 'closed' | 'past' | 'invitationOnly' | 'unavailable';
  /** Null when the meeting has no capacity. */
  seatsLeft: number | null;
  /** The place a new registrant would take on the waiting list, when full. */
  waitlistPlace: number | null;
  /** Categories whose own quota is used up: a registrant in one joins the waiting list. */
  fullCategoryIds: number[];
};

type Input = {
  meeting: { status: string; endsAt: Date; capacity: number | null };
  settings: { mode: 'open' | 'approval' | 'invitation'; opensAt: Date | null; closesAt: Date | null };
  counts: SeatCounts;
  waitlisted: number;
  now: Date;
};

export function availability({ meeting, settings, counts, waitlisted, now }: Input): Availability {
  const seatsLeft = meeting.capacity === null ? null : Math.max(0, meeting.capacity - heldSeats(counts));
  const fullCategoryIds = [...counts.quotas].flatMap(([id, quota]) =>
    quota !== null && (counts.confirmedByCategory.get(id) ?? 0) + (counts.invitationsByCategory.get(id) ?? 0) >= quota
      ? [id]
      : [],
  );
  const base = { seatsLeft, waitlistPlace: null, fullCategoryIds };
  if (now > meeting.endsAt) return { ...base, state: 'past', seatsLeft: null };
  if (meeting.status !== 'published') return { ...base, state: 'unavailable' };
  if (settings.closesAt && now > settings.closesAt) return { ...base, state: 'closed' };
  if (settings.opensAt && now < settings.opensAt) return { ...base, state: 'notOpenYet' };
  if (settings.mode === 'invitation') return { ...base, state: 'invitationOnly' };
  if (seatsLeft === 0) return { ...base, state: 'full', waitlistPlace: waitlisted + 1 };
  return { ...base, state: 'open' };
}
