import type { ReactNode } from 'react';
import { MeetingWhen } from '@/components/meetings/MeetingWhen';
import { PrintButton } from '@/components/ui/PrintButton';

/** Title block of a seating printout: what it is, which meeting, when and where. */
export function PrintHeader({
  kind,
  title,
  meeting,
  printLabel,
}: {
  kind: ReactNode;
  title: string;
  meeting: { startsAt: Date; endsAt: Date; timeZone: string; venueName: string | null };
  printLabel: string;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{kind}</p>
        <h2 className="text-xl font-bold">{title}</h2>
        <p className="text-sm">
          <MeetingWhen {...meeting} withViewerZone={false} />
          {meeting.venueName ? ` · ${meeting.venueName}` : null}
        </p>
      </div>
      <PrintButton>{printLabel}</PrintButton>
    </div>
  );
}
