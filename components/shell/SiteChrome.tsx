import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteHeader, type HeaderViewer } from './SiteHeader';

/** Header, main landmark and footer around a page. Leave `viewer` out on pages that are cached for everyone. */
export function SiteChrome({ viewer, children }: { viewer?: HeaderViewer | null; children: ReactNode }) {
  const t = useTranslations('nav');
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10 print:max-w-none print:p-0">
        {children}
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-muted print:hidden">{t('footer')}</footer>
    </>
  );
}
