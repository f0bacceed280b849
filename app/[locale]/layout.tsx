import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { showDemoBanner } from '@/lib/auth/demo';
import { chromeNamespaces, clientMessages } from '@/lib/i18n/client-messages';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: 'meta',
  });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * The document and its language only. Reading the session here would make every
 * page per-request; the (site) layout does that for personal pages, while
 * (public) pages stay cacheable and the venue display has no chrome at all.
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations('nav'), clientMessages(chromeNamespaces)]);

  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider messages={messages}>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          {/* Decided once at start, so cached public pages stay the same for everyone. */}
          {showDemoBanner() && (
            // A landmark of its own, so that nothing on the page sits outside one (axe's region rule).
            <aside
              aria-label={t('demoBannerLabel')}
              className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950 print:hidden"
              data-demo-banner
            >
              <p>{t('demoBanner')}</p>
            </aside>
          )}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
