import { useTranslations } from 'next-intl';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { EmptyState } from '@/components/ui/EmptyState';
import { Link } from '@/lib/i18n/navigation';

// Replaces the group layouts when a page is missing, so it brings its own chrome.
export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <SiteChrome>
      <EmptyState title={t('title')} heading="h1">
        <Link href="/" className="underline">
          {t('home')}
        </Link>
      </EmptyState>
    </SiteChrome>
  );
}
