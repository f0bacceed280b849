import { getTranslations } from 'next-intl/server';
import { PublicAgenda } from '@/components/agenda/PublicAgenda';
import { MeetingOverview } from '@/components/meetings/MeetingOverview';
import { listPublicAgenda } from '@/lib/agenda/data';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('preview') };
}

/** The public page as visitors will see it once published. */
export default async function PreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/preview`);
  const t = await getTranslations('meetings');
  return (
    <div className="space-y-6">
      <p className="rounded-md border border-warning-200 bg-warning-50 px-3 py-2 text-warning-800">
        {t('previewNotice')}
      </p>
      <MeetingOverview meeting={meeting} />
      <PublicAgenda items={listPublicAgenda(meeting.id)} startsAt={meeting.startsAt} timeZone={meeting.timeZone} />
    </div>
  );
}
