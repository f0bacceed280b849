'use client';

import { useTranslations } from 'next-intl';
import { TabLink, TabNav } from '@/components/ui/TabNav';
import { Link, usePathname } from '@/lib/i18n/navigation';

/** The organizer's pages for one meeting. */
export function MeetingTabs({ meetingId, slug, isPublic }: { meetingId: number; slug: string; isPublic: boolean }) {
  const t = useTranslations('meetings.tabs');
  const pathname = usePathname();
  const base = `/organize/meetings/${meetingId}`;
  const tabs = [
    { href: base, label: t('settings') },
    { href: `${base}/agenda`, label: t('agenda') },
    { href: `${base}/registration`, label: t('registration') },
    { href: `${base}/registrations`, label: t('registrations') },
    { href: `${base}/check-in`, label: t('checkIn') },
    { href: `${base}/seating`, label: t('seating') },
    { href: `${base}/control`, label: t('control') },
    { href: `${base}/run-sheet`, label: t('runSheet') },
    { href: `${base}/attendance`, label: t('attendance') },
    { href: `${base}/report`, label: t('report') },
  ];
  return (
    <TabNav label={t('label')}>
      {tabs.map((tab) => (
        <TabLink key={tab.href} href={tab.href} current={pathname === tab.href}>
          {tab.label}
        </TabLink>
      ))}
      <li>
        <Link
          href={`/meetings/${slug}/display`}
          target="_blank"
          className="flex min-h-11 items-center px-3 text-ink hover:bg-surface"
        >
          {t('display')}
        </Link>
      </li>
      <li>
        {/* Drafts have no public page yet; organizers see it as a preview. */}
        <Link
          href={isPublic ? `/meetings/${slug}` : `${base}/preview`}
          aria-current={pathname === `${base}/preview` ? 'page' : undefined}
          className="flex min-h-11 items-center px-3 text-ink hover:bg-surface"
        >
          {isPublic ? t('publicPage') : t('preview')}
        </Link>
      </li>
    </TabNav>
  );
}
