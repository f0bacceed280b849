import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { getViewer } from '@/lib/auth/session';
import { clientMessages } from '@/lib/i18n/client-messages';

/** Personal pages: rendered per request, with the viewer in the header from the start and every message for their forms. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [viewer, messages] = await Promise.all([getViewer(), clientMessages('all')]);
  return (
    <NextIntlClientProvider messages={messages}>
      <SiteChrome viewer={viewer ? { id: viewer.id, name: viewer.name, role: viewer.role } : null}>
        {children}
      </SiteChrome>
    </NextIntlClientProvider>
  );
}
