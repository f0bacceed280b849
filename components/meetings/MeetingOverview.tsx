import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { MeetingStatus } from '@/db/schema/enums';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingWhen } from './MeetingWhen';

type Meeting = {
  title: string;
  titleEn?: string | null;
  theme: string | null;
  themeEn?: string | null;
  description: string | null;
  venueName: string | null;
  venueAddress: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  status: MeetingStatus;
};

/** The head of a meeting's public page: what, when, where; `actions` holds calendar, register and print links. */
export function MeetingOverview({ meeting, actions }: { meeting: Meeting; actions?: ReactNode }) {
  const t = useTranslations('meetings');
  const locale = useLocale();
  return (
    <section className="rounded-xl bg-brand-800 px-5 py-8 text-white sm:px-10 print:bg-white print:p-0 print:text-ink">
      {meeting.status !== 'published' ? (
        <p className="mb-3">
          <MeetingStatusBadge status={meeting.status} />
        </p>
      ) : null}
      <h1 className="text-2xl font-bold sm:text-4xl">{localizedName(meeting, locale)}</h1>
      {meeting.theme ? (
        <p className="mt-2 text-lg text-white/90 sm:text-xl print:text-ink">
          {localizedText(meeting.theme, meeting.themeEn, locale)}
        </p>
      ) : null}
      <dl className="mt-6 grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
        <dt className="text-white/75 print:text-muted">{t('when')}</dt>
        <dd>
          <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
        </dd>
        {meeting.venueName || meeting.venueAddress ? (
          <>
            <dt className="text-white/75 print:text-muted">{t('venue')}</dt>
            <dd>
              {meeting.venueName}
              {meeting.venueAddress ? (
                <span className="block text-white/80 print:text-muted">{meeting.venueAddress}</span>
              ) : null}
            </dd>
          </>
        ) : null}
        {meeting.capacity ? (
          <>
            <dt className="text-white/75 print:text-muted">{t('capacity')}</dt>
            <dd>{t('seats', { count: meeting.capacity })}</dd>
          </>
        ) : null}
      </dl>
      {meeting.description ? (
        <p className="mt-6 max-w-3xl whitespace-pre-line text-white/90 print:text-ink">{meeting.description}</p>
      ) : null}
      {actions ? <div className="mt-8 flex flex-wrap gap-3 print:hidden">{actions}</div> : null}
    </section>
  );
}
