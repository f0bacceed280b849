'use client';

import { useTranslations } from 'next-intl';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';

// Whatever went wrong stays in the server log; the visitor gets a plain sentence and a way on.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <SiteChrome>
      <EmptyState title={t('unexpected')} heading="h1">
        <Button variant="secondary" onClick={reset}>
          {t('tryAgain')}
        </Button>
      </EmptyState>
    </SiteChrome>
  );
}
