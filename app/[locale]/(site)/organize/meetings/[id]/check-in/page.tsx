import { getTranslations } from 'next-intl/server';
import { DoorStation } from '@/components/check-in/DoorStation';
import { NameMatches } from '@/components/check-in/NameMatches';
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
                <NameMatches
                  label={t('byName')}
                  none={t('noMatch')}
                  matches={found.map((attendee) => ({
                    key: attendee.id,
                    name: attendee.name,
                    details: [attendee.categoryName, attendee.organizationName],
                    checkedIn: attendee.checkedInAt
                      ? t('checkedInAt', { time: formatClock(attendee.checkedInAt, meeting.timeZone) })
                      : null,
                  }))}
                  checkIn={(match) => (
                    <CheckInButton meetingId={meeting.id} registrationId={match.key}>
                      {t('checkIn')} <span className="sr-only">{match.name}</span>
                    </CheckInButton>
                  )}
                />
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
