import { MeetingWhen } from './MeetingWhen';

/**
 * When and where, for a printed sheet (the attendees' program, the run sheet): in the
 * meeting's own zone only, since paper cannot know the reader's; the venue and its address on one line.
 */
export function MeetingWhenWhere({
  meeting,
  whenClassName,
}: {
  meeting: { startsAt: Date; endsAt: Date; timeZone: string; venueName: string | null; venueAddress: string | null };
  whenClassName: string;
}) {
  return (
    <>
      <p className={whenClassName}>
        <MeetingWhen
          startsAt={meeting.startsAt}
          endsAt={meeting.endsAt}
          timeZone={meeting.timeZone}
          withViewerZone={false}
        />
      </p>
      {meeting.venueName ? (
        <p className="text-sm">{[meeting.venueName, meeting.venueAddress].filter(Boolean).join(' · ')}</p>
      ) : null}
    </>
  );
}
