'use client';

import { useTranslations } from 'next-intl';
import { TabLink, TabNav } from '@/components/ui/TabNav';
import { usePathname } from '@/lib/i18n/navigation';

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
    <TabNav label={t('adminSections')}>
      {tabs.map((tab) => (
        // A section stays current on its detail pages (/admin/people/7).
        <TabLink key={tab.href} href={tab.href} current={pathname === tab.href || pathname.startsWith(`${tab.href}/`)}>
          {tab.label}
        </TabLink>
      ))}
    </TabNav>
  );
}
