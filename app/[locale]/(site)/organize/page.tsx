import { getTranslations } from 'next-intl/server';
import { MeetingList } from '@/components/meetings/MeetingList';
import { buttonClass } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/auth/guard';
import { Link } from '@/lib/i18n/navigation';
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
    <div>
      <PageHeader
        title={t('organizeTitle')}
        description={t('organizeLead')}
        actions={
          <Link href="/organize/meetings/new" className={buttonClass('primary')}>
            {t('new')}
          </Link>
        }
      />
      {meetings.length === 0 ? (
        <EmptyState title={t('noneToOrganize')} />
      ) : (
        <>
          {/* The cards' titles are h3, as on the home page: a heading level between keeps the outline whole. */}
          <h2 className="sr-only">{t('organizeList')}</h2>
          <MeetingList meetings={meetings} hrefOf={(meeting) => `/organize/meetings/${meeting.id}`} showStatus />
        </>
      )}
    </div>
  );
}
