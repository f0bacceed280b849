import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/EmptyState';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <EmptyState title={t('title')} heading="h1">
      <Link href="/" className="underline">
        {t('home')}
      </Link>
    </EmptyState>
  );
}
