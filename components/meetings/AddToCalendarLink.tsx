import { buttonClass } from '@/components/ui/Button';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** Downloads the meeting as an .ics file, in the reader's language. */
export function AddToCalendarLink({ slug, locale, label }: { slug: string; locale: AppLocale; label: string }) {
  return (
    // A plain link: the file comes from a route handler, not a page.
    <a
      href={getPathname({ href: `/meetings/${slug}/calendar`, locale })}
      download={`${slug}.ics`}
      className={buttonClass('secondary')}
    >
      {label}
    </a>
  );
}
