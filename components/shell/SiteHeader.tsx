import { getTranslations } from 'next-intl/server';
import type { Viewer } from '@/lib/auth/data';
import { canSeeAdminArea } from '@/lib/auth/permissions';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SignOutButton } from './SignOutButton';

type NavItem = { href: string; label: string };

/** Navigation fitted to what the viewer may do; on a phone it folds into a menu. */
export async function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations('nav');
  const items: NavItem[] = [{ href: '/', label: t('meetings') }];
  if (canSeeAdminArea(viewer)) {
    items.push(
      { href: '/admin/organizations', label: t('organizations') },
      { href: '/admin/people', label: t('people') },
      { href: '/admin/audit', label: t('audit') },
    );
  }

  const links = items.map((item) => (
    <li key={item.href}>
      <Link href={item.href} className="flex min-h-11 items-center rounded-md px-3 text-ink hover:bg-surface">
        {item.label}
      </Link>
    </li>
  ));

  const account = viewer ? (
    <div className="flex flex-wrap items-center gap-1">
      <Link href="/account" className="flex min-h-11 items-center rounded-md px-3 text-ink hover:bg-surface">
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
      <Link href="/sign-up" className="flex min-h-11 items-center rounded-md bg-brand-700 px-3 text-white hover:bg-brand-800">
        {t('signUp')}
      </Link>
    </div>
  );

  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="inline-block size-6 rounded bg-brand-700" />
          {t('brand')}
        </Link>

        <nav aria-label={t('main')} className="hidden flex-1 md:block">
          <ul className="flex items-center gap-1">{links}</ul>
        </nav>
        <div className="hidden items-center gap-2 md:flex">
          <LanguageSwitcher />
          {account}
        </div>

        {/* Phones: the same links behind a disclosure that works without scripts. */}
        <details className="group md:hidden">
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
