import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/ChangePasswordForm';
import { SignOutEverywhereForm } from '@/components/auth/SignOutEverywhereForm';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireViewer } from '@/lib/auth/guard';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const viewer = await requireViewer('/account');
  const [t, roles] = await Promise.all([getTranslations('account'), getTranslations('roles')]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} />
      <Card title={t('profile')}>
        <dl className="grid gap-2 sm:grid-cols-[8rem_1fr]">
          <dt className="text-muted">{t('name')}</dt>
          <dd>{viewer.name}</dd>
          <dt className="text-muted">{t('email')}</dt>
          <dd className="break-all">{viewer.email}</dd>
          <dt className="text-muted">{t('role')}</dt>
          <dd>{roles(viewer.role)}</dd>
        </dl>
      </Card>
      <Card title={t('changePassword')}>
        <ChangePasswordForm />
      </Card>
      <Card title={t('sessions')}>
        <SignOutEverywhereForm />
      </Card>
    </div>
  );
}
