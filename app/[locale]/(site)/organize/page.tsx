import { getTranslations } from 'next-intl/server';
import { MeetingList } from '@/components/meetings/MeetingList';
import { ListPage } from '@/components/ui/ListPage';
import { requireRole } from '@/lib/auth/guard';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listManagedMeetings } from '@/lib/meetings/data';

export async function generateMetadata() {
  const t = await getTranslations('meetings');
  return { title: t('organizeTitle') };
}

export default async function OrganizePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const viewer = await requireRole('organizer', '/organize');
  const t = await getTranslations('meetings');
  const meetings = listManagedMeetings(viewer);
  return (
    <ListPage
      title={t('organizeTitle')}
      description={t('organizeLead')}
      create={{ href: '/organize/meetings/new', label: t('new') }}
      empty={meetings.length === 0 ? t('noneToOrganize') : null}
    >
      {/* The cards' titles are h3, as on the home page: a heading level between keeps the outline whole. */}
      <h2 className="sr-only">{t('organizeList')}</h2>
      <MeetingList meetings={meetings} hrefOf={(meeting) => `/organize/meetings/${meeting.id}`} showStatus />
    </ListPage>
  );
}
