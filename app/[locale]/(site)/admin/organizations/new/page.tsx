import { getTranslations } from 'next-intl/server';
import { OrganizationForm } from '@/components/organizations/OrganizationForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { requirePermission } from '@/lib/auth/guard';
import { canManageOrganizations } from '@/lib/organizations/permissions';
import { createOrganizationAction } from '@/lib/organizations/actions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('organizations');
  return { title: t('new') };
}

export default async function NewOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requirePermission(canManageOrganizations, '/admin/organizations/new');
  const t = await getTranslations('organizations');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new')} />
      <Card>
        <OrganizationForm action={createOrganizationAction} />
      </Card>
    </div>
  );
}
