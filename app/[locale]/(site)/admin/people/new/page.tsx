import { getTranslations } from 'next-intl/server';
import { PersonForm } from '@/components/people/PersonForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { requirePermission } from '@/lib/auth/guard';
import { canManagePeople } from '@/lib/people/permissions';
import { createPersonAction } from '@/lib/people/actions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('people');
  return { title: t('new') };
}

export default async function NewPersonPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requirePermission(canManagePeople, '/admin/people/new');
  const t = await getTranslations('people');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new')} />
      <Card>
        <PersonForm action={createPersonAction} />
      </Card>
    </div>
  );
}
