import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { chromeNamespaces, clientMessages } from '@/lib/i18n/client-messages';
import { pageLocale } from '@/lib/i18n/page-locale';
import '@/components/fonts/chinese-web-font';

/** Full-screen pages for the venue: no site chrome. */
export default async function ScreenLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await pageLocale(params);
  const messages = await clientMessages([...chromeNamespaces, 'display', 'live', 'agendaKinds']);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
