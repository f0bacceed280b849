'use client';

import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** The administrator's sections: one header link leads here, so the header still fits a laptop. */
export function AdminTabs() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const tabs = [
    { href: '/admin/organizations', label: t('organizations') },
    { href: '/admin/people', label: t('people') },
    { href: '/admin/audit', label: t('audit') },
    { href: '/admin/outbox', label: t('outbox') },
  ];
  return (
    <nav aria-label={t('adminSections')} className="mb-6 overflow-x-auto border-b border-line print:hidden">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const current = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'flex min-h-11 items-center border-b-2 px-3',
                  current ? 'border-brand-700 font-semibold text-brand-800' : 'border-transparent text-ink hover:bg-surface',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
