import { getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/MeetingForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/auth/guard';
import { pageLocale } from '@/lib/i18n/page-locale';
import { createMeetingAction } from '@/lib/meetings/actions';
import { DEFAULT_TIME_ZONE, timeZoneChoices } from '@/lib/meetings/time';

export async function generateMetadata() {
  const t = await getTranslations('meetings');
  return { title: t('new') };
}

export default async function NewMeetingPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('organizer', '/organize/meetings/new');
  const t = await getTranslations('meetings');
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('new')} description={t('newLead')} />
      <Card>
        <MeetingForm
          action={createMeetingAction}
          timeZones={timeZoneChoices()}
          initial={{
            title: '',
            titleEn: '',
            theme: '',
            themeEn: '',
            description: '',
            venueName: '',
            venueAddress: '',
            timeZone: DEFAULT_TIME_ZONE,
            startsAt: '',
            endsAt: '',
            capacity: '',
            slug: '',
          }}
        />
      </Card>
    </div>
  );
}
