import { revalidatePath } from 'next/cache';

/** After any awards change: the session-aware pages (organizer, ballot, award pages) show it on their next render. */
export function refreshSitePages() {
  revalidatePath('/[locale]/(site)', 'layout');
}

/**
 * Published winners also appear on meetings' public agenda pages, which are cached
 * (decision 0006): when a round is published or an award changes, refresh those too.
 */
export function refreshAwardPages() {
  revalidatePath('/', 'layout');
}
