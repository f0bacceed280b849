import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { chromeNamespaces, clientMessages } from '@/lib/i18n/client-messages';
import { pageLocale } from '@/lib/i18n/page-locale';

/**
 * Pages that are the same for everyone and served from the cache; the header
 * asks who is signed in. Next renders layouts and pages side by side, so this one
 * sets the language itself, or next-intl would read it from the request headers
 * and make every page below per-request.
 */
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await pageLocale(params);
  const messages = await clientMessages([...chromeNamespaces, 'meetings']);
  return (
    <NextIntlClientProvider messages={messages}>
      <SiteChrome>{children}</SiteChrome>
    </NextIntlClientProvider>
  );
}
