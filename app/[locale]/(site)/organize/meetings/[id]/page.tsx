import { getLocale, getTranslations } from 'next-intl/server';
import { LastYearCampaigns } from '@/components/editions/LastYearCampaigns';
import { PrepareNextEdition } from '@/components/editions/PrepareNextEdition';
import { MeetingForm } from '@/components/meetings/MeetingForm';
import { MeetingStatusActions } from '@/components/meetings/MeetingStatusActions';
import { OrganizersCard } from '@/components/meetings/OrganizersCard';
import { PosterShareLinks } from '@/components/posters/PosterShareLinks';
import { Card } from '@/components/ui/Card';
import { campaignsFromLastYear, editionLinks } from '@/lib/editions/data';
import { suggestedEdition } from '@/lib/editions/shift';
import { localizedText } from '@/lib/i18n/localized-name';
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
  const tEditions = await getTranslations('editions');
  const locale = await getLocale();
  const editions = editionLinks(meeting.id);
  const suggestion = suggestedEdition(meeting);
  const fromLastYear = editions.previous ? campaignsFromLastYear(meeting.id) : [];
  // Offered once the meeting has begun (the mutation refuses earlier); afterwards the card links to the draft.
  const offerNext = editions.next !== null || meeting.startsAt <= new Date();
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
          <PosterShareLinks
            slug={meeting.slug}
            language={defaultPosterLanguage(meeting)}
            preview={meeting.status !== 'published' && meeting.status !== 'closed'}
          />
        </Card>
        {offerNext ? (
          <Card title={tEditions('cardTitle')}>
            <PrepareNextEdition
              meetingId={meeting.id}
              suggestion={{
                year: suggestion.year,
                title: suggestion.title,
                titleEn: suggestion.titleEn ?? '',
                slug: suggestion.slug,
              }}
              next={
                editions.next
                  ? {
                      id: editions.next.id,
                      title: localizedText(editions.next.title, editions.next.titleEn, locale) ?? editions.next.title,
                    }
                  : null
              }
            />
          </Card>
        ) : null}
        {fromLastYear.length > 0 ? (
          <Card title={tEditions('lastYearTitle')}>
            <LastYearCampaigns campaigns={fromLastYear} />
          </Card>
        ) : null}
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
