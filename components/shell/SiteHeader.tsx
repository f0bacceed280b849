'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { SiteRole } from '@/db/schema/enums';
import { canSeeAdminArea } from '@/lib/auth/permissions';
import { canCreateMeetings } from '@/lib/meetings/permissions';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SignOutButton } from './SignOutButton';

/** Who is signed in, as far as the header needs to know. */
export type HeaderViewer = { id: number; name: string; role: SiteRole };

type NavItem = { href: string; label: string };

/**
 * The viewer comes from the server on personal pages. Cached public pages are
 * the same for everyone, so there the header is rendered signed out, asks
 * /api/viewer after loading (`viewer` left out) and swaps in the signed-in
 * links; the page itself stays cacheable.
 */
function useViewer(given: HeaderViewer | null | undefined) {
  const [loaded, setLoaded] = useState<HeaderViewer | null | undefined>(given);
  useEffect(() => {
    if (given !== undefined) return;
    let live = true;
    fetch('/api/viewer', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : { viewer: null }))
      .then((body: { viewer: HeaderViewer | null }) => live && setLoaded(body.viewer))
      .catch(() => live && setLoaded(null));
    return () => {
      live = false;
    };
  }, [given]);
  return given !== undefined ? given : loaded;
}

/** Navigation fitted to what the viewer may do; on a phone it folds into a menu. */
export function SiteHeader({ viewer: given }: { viewer?: HeaderViewer | null }) {
  const t = useTranslations('nav');
  const viewer = useViewer(given);
  const items: NavItem[] = [{ href: '/', label: t('meetings') }];
  items.push({ href: '/awards', label: t('awards') });
  if (viewer) items.push({ href: '/registrations', label: t('myRegistrations') });
  if (viewer) items.push({ href: '/pledges', label: t('pledges') });
  if (viewer && canCreateMeetings(viewer)) items.push({ href: '/organize', label: t('organize') });
  // One link for the whole admin area; its sections are tabs there (components/admin/AdminTabs.tsx).
  if (viewer && canSeeAdminArea(viewer)) items.push({ href: '/admin', label: t('admin') });

  const links = items.map((item) => (
    <li key={item.href}>
      <Link
        href={item.href}
        className="flex min-h-11 items-center rounded-md px-2 whitespace-nowrap text-ink hover:bg-surface"
      >
        {item.label}
      </Link>
    </li>
  ));

  // While the header is still asking (and before scripts run at all) it shows the
  // signed-out links: a visitor must always see how to sign in, and the cached HTML
  // carries real links to /sign-in and /sign-up.
  const account = viewer ? (
    <div className="flex items-center gap-1 whitespace-nowrap">
      <Link
        href="/account"
        className="flex min-h-11 items-center rounded-md px-2 whitespace-nowrap text-ink hover:bg-surface"
      >
        <span className="sr-only">{t('account')}: </span>
        {viewer.name}
      </Link>
      <SignOutButton />
    </div>
  ) : (
    <div className="flex items-center gap-1">
      <Link href="/sign-in" className="flex min-h-11 items-center rounded-md px-3 text-ink hover:bg-surface">
        {t('signIn')}
      </Link>
      <Link
        href="/sign-up"
        className="flex min-h-11 items-center rounded-md bg-brand-700 px-3 text-white hover:bg-brand-800"
      >
        {t('signUp')}
      </Link>
    </div>
  );

  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="inline-block size-6 rounded bg-brand-700" />
          {t('brand')}
        </Link>

        <nav aria-label={t('main')} className="hidden flex-1 lg:block">
          <ul className="flex items-center gap-1">{links}</ul>
        </nav>
        <div className="hidden shrink-0 items-center gap-2 whitespace-nowrap lg:flex">
          <LanguageSwitcher />
          {account}
        </div>

        {/* Phones: signed out, 登录 stays in the bar, so the way in is never behind the menu. */}
        {viewer ? null : (
          <Link
            href="/sign-in"
            className="ms-auto flex min-h-11 items-center rounded-md px-3 text-ink hover:bg-surface lg:hidden"
          >
            {t('signIn')}
          </Link>
        )}
        {/* Phones: the same links behind a disclosure that works without scripts. */}
        <details className="group lg:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-md border border-line px-3">
            {t('menu')}
          </summary>
          <div className="absolute inset-x-0 top-14 z-20 border-b border-line bg-white px-4 pb-4 shadow-md">
            <nav aria-label={t('mobile')}>
              <ul className="flex flex-col">{links}</ul>
            </nav>
            <div className="mt-2 flex flex-col gap-2 border-t border-line pt-2">
              <LanguageSwitcher />
              {account}
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
