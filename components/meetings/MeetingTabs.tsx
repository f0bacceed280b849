'use client';

import { useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
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
    { href: `${base}/control`, label: t('control') },
    { href: `${base}/run-sheet`, label: t('runSheet') },
  ];
  return (
    <nav aria-label={t('label')} className="mb-6 overflow-x-auto border-b border-line print:hidden">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
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
        <li>
          <Link href={`/meetings/${slug}/display`} target="_blank" className="flex min-h-11 items-center px-3 text-ink hover:bg-surface">
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
      </ul>
    </nav>
  );
}
