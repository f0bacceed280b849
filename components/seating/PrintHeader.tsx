import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { MeetingWhen } from '@/components/meetings/MeetingWhen';
import { PrintButton } from '@/components/ui/PrintButton';
import { localizedName } from '@/lib/i18n/localized-name';

/** Title block of a seating printout: what it is, which meeting (in the reader's language), when and where. */
export function PrintHeader({
  kind,
  meeting,
}: {
  kind: ReactNode;
  meeting: {
    title: string;
    titleEn: string | null;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    venueName: string | null;
  };
}) {
  const locale = useLocale();
  const t = useTranslations('seating.print');
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{kind}</p>
        <h2 className="text-xl font-bold">{localizedName(meeting, locale)}</h2>
        <p className="text-sm">
          <MeetingWhen {...meeting} withViewerZone={false} />
          {meeting.venueName ? ` · ${meeting.venueName}` : null}
        </p>
      </div>
      <PrintButton>{t('print')}</PrintButton>
    </div>
  );
}
