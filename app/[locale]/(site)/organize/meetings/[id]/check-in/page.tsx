import { getTranslations } from 'next-intl/server';
import { DoorStation } from '@/components/check-in/DoorStation';
import { AutoRefresh } from '@/components/live/AutoRefresh';
import { AttendeeSearch } from '@/components/registrations/AttendeeSearch';
import { CheckInButton } from '@/components/registrations/CheckInButton';
import { CheckInStation } from '@/components/registrations/CheckInStation';
import { RegistrationCounts } from '@/components/registrations/RegistrationCounts';
import { Card } from '@/components/ui/Card';
import { formatClock } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { findAttendees, registrationCounts } from '@/lib/registrations/data';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const t = await getTranslations('meetings.tabs');
  // Installable: the manifest opens this meeting's station (decision 0024).
  return {
    title: t('checkIn'),
    manifest: `/api/check-in/${encodeURIComponent(id)}/manifest?locale=${encodeURIComponent(locale)}`,
  };
}

/**
 * A door station on a phone: scan, type, or find by name; counters follow the other stations.
 * Offline, DoorStation takes over with the device's copy of the list (decision 0024).
 */
export default async function CheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  await pageLocale(params);
  const { id, locale } = await params;
  const { q = '' } = await searchParams;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/check-in`);
  const t = await getTranslations('checkIn');
  const found = findAttendees(meeting.id, q.slice(0, 50));
  return (
    <DoorStation meetingId={meeting.id} locale={locale} returnTo={`/organize/meetings/${meeting.id}/check-in`}>
      <div className="grid min-w-0 grid-cols-1 gap-6 lg:grid-cols-2">
        <AutoRefresh everyMs={5000} />
        <div className="min-w-0 space-y-6">
          <Card title={t('title')}>
            <CheckInStation meetingId={meeting.id} />
          </Card>
          <Card title={t('byName')}>
            <AttendeeSearch initialQuery={q}>
              {q ? (
                found.length === 0 ? (
                  <p className="mt-3 text-muted">{t('noMatch')}</p>
                ) : (
                  <ul className="mt-3 divide-y divide-line" aria-label={t('byName')}>
                    {found.map((attendee) => (
                      <li key={attendee.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span className="min-w-0">
                          <span className="font-medium">{attendee.name}</span>{' '}
                          <span className="text-sm text-muted">
                            {[attendee.categoryName, attendee.organizationName].filter(Boolean).join(' · ')}
                          </span>
                        </span>
                        {/* Someone already in gets a mark with the time, not a button to press again. */}
                        {attendee.checkedInAt ? (
                          <span className="rounded-full border border-success-300 bg-success-50 px-3 py-1 text-sm font-medium text-success-800">
                            {t('checkedInAt', { time: formatClock(attendee.checkedInAt, meeting.timeZone) })}
                          </span>
                        ) : (
                          <CheckInButton meetingId={meeting.id} registrationId={attendee.id}>
                            {t('checkIn')} <span className="sr-only">{attendee.name}</span>
                          </CheckInButton>
                        )}
                      </li>
                    ))}
                  </ul>
                )
              ) : null}
            </AttendeeSearch>
          </Card>
        </div>
        <Card title={t('counter')}>
          <RegistrationCounts rows={registrationCounts(meeting.id)} capacity={meeting.capacity} />
        </Card>
      </div>
    </DoorStation>
  );
}
