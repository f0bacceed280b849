import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { MeetingStatus } from '@/db/schema/enums';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { Link } from '@/lib/i18n/navigation';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingWhen } from './MeetingWhen';

type Row = {
  id: number;
  slug: string;
  title: string;
  titleEn?: string | null;
  theme: string | null;
  themeEn?: string | null;
  venueName: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
};

/** Meetings as cards; `hrefOf` decides whether a card opens the public page or the organizer's; `footer` adds a line (seats left). */
export function MeetingList({
  meetings,
  hrefOf,
  showStatus,
  footer,
}: {
  meetings: Row[];
  hrefOf: (meeting: Row) => string;
  showStatus?: boolean;
  footer?: (meeting: Row) => ReactNode;
}) {
  const t = useTranslations('meetings');
  const locale = useLocale();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="rounded-lg border border-line bg-white p-4 sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg font-semibold">
              <Link href={hrefOf(meeting)} className="text-brand-800 underline-offset-4 hover:underline">
                {localizedName(meeting, locale)}
              </Link>
            </h3>
            {showStatus || meeting.status !== 'published' ? <MeetingStatusBadge status={meeting.status} /> : null}
          </div>
          {meeting.theme ? (
            <p className="mt-1 text-muted">{localizedText(meeting.theme, meeting.themeEn, locale)}</p>
          ) : null}
          <p className="mt-3 text-sm">
            <MeetingWhen {...meeting} withViewerZone={false} />
          </p>
          {meeting.venueName ? <p className="mt-1 text-sm">{t('venueLine', { venue: meeting.venueName })}</p> : null}
          {footer?.(meeting)}
        </li>
      ))}
    </ul>
  );
}
