import { getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/MeetingForm';
import { MeetingStatusActions } from '@/components/meetings/MeetingStatusActions';
import { OrganizersCard } from '@/components/meetings/OrganizersCard';
import { PosterShareLinks } from '@/components/posters/PosterShareLinks';
import { Card } from '@/components/ui/Card';
import { pageLocale } from '@/lib/i18n/page-locale';
import { updateMeetingAction } from '@/lib/meetings/actions';
import { listMeetingOrganizers, listOrganizerCandidates } from '@/lib/meetings/data';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { instantToWallTime, timeZoneChoices } from '@/lib/meetings/time';
import { defaultPosterLanguage } from '@/lib/posters/content';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('settings') };
}

export default async function MeetingSettingsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}`);
  const [t, tp] = await Promise.all([getTranslations('meetings'), getTranslations('poster')]);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <Card title={t('details')}>
        <MeetingForm
          action={updateMeetingAction}
          meetingId={meeting.id}
          timeZones={timeZoneChoices()}
          slugLocked={!!meeting.publishedAt}
          initial={{
            title: meeting.title,
            titleEn: meeting.titleEn ?? '',
            theme: meeting.theme ?? '',
            themeEn: meeting.themeEn ?? '',
            description: meeting.description ?? '',
            venueName: meeting.venueName ?? '',
            venueAddress: meeting.venueAddress ?? '',
            timeZone: meeting.timeZone,
            startsAt: instantToWallTime(meeting.startsAt, meeting.timeZone),
            endsAt: instantToWallTime(meeting.endsAt, meeting.timeZone),
            capacity: meeting.capacity ? String(meeting.capacity) : '',
            slug: meeting.slug,
          }}
        />
      </Card>
      <div className="space-y-6">
        <Card title={t('status.title')}>
          <MeetingStatusActions meetingId={meeting.id} status={meeting.status} />
        </Card>
        <Card title={tp('share')}>
          <PosterShareLinks slug={meeting.slug} language={defaultPosterLanguage(meeting)} preview={meeting.status !== 'published' && meeting.status !== 'closed'} />
        </Card>
        <Card title={t('organizers.title')}>
          <OrganizersCard
            meetingId={meeting.id}
            organizers={listMeetingOrganizers(meeting.id)}
            candidates={listOrganizerCandidates(meeting.id)}
          />
        </Card>
      </div>
    </div>
  );
}
