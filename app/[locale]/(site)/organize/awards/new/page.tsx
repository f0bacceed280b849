import { getTranslations } from 'next-intl/server';
import { AwardForm } from '@/components/awards/AwardForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { requireRole } from '@/lib/auth/guard';
import { createAwardAction } from '@/lib/awards/actions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('new') };
}

export default async function NewAwardPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('organizer', '/organize/awards/new');
  const t = await getTranslations('awards');
  const year = new Date().getFullYear();
  return (
    <div>
      <BackLink href="/organize/awards">{t('backToAwards')}</BackLink>
      <PageHeader title={t('new')} />
      <Card>
        <AwardForm
          action={createAwardAction}
          initial={{
            name: '',
            nameEn: '',
            cycleYear: String(year),
            description: '',
            rules: '',
            nominationsOpenAt: `${year}-01-01T09:00`,
            nominationsCloseAt: `${year}-03-31T17:00`,
            votingOpensAt: `${year}-04-01T09:00`,
            votingClosesAt: `${year}-04-20T17:00`,
            publicNominations: '',
          }}
        />
      </Card>
    </div>
  );
}
