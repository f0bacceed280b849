import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/EmptyState';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('forbidden');
  return { title: t('title') };
}

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('forbidden');
  return (
    <EmptyState title={t('title')} heading="h1">
      <p>{t('body')}</p>
      <Link href="/" className="mt-2 inline-block underline">
        {t('home')}
      </Link>
    </EmptyState>
  );
}
