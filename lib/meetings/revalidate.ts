import { revalidatePath } from 'next/cache';
import { routing } from '@/lib/i18n/routing';

/**
 * After any change to a meeting or its agenda: the cached public pages that show
 * it, in every language, and the organizer pages. Public pages are cached until
 * this runs (see docs/decisions/0006-cached-public-pages.md).
 */
export function refreshMeeting(slug: string) {
  refreshOrganizerPages();
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/meetings/${slug}`);
    revalidatePath(`/${locale}/meetings/${slug}/program`);
  }
}

/** Changes that only organizers see (who organizes a meeting). */
export function refreshOrganizerPages() {
  revalidatePath('/[locale]/(site)/organize', 'layout');
}
