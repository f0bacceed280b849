import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import type { Actor } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { getMeeting, listOrganizerIds } from './data';
import { canManageMeeting } from './permissions';

/** For organizer pages: the meeting named in the URL, if the viewer organizes it (or is an admin). */
export async function requireManagedMeeting(meetingIdParam: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const meetingId = id.safeParse(meetingIdParam);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting) notFound();
  if (!canManageMeeting(viewer, listOrganizerIds(meeting.id))) {
    return redirect({ href: '/forbidden', locale: await getLocale() });
  }
  return { viewer, meeting };
}

/**
 * For an organizer's download (CSV, Word, evidence package): the meeting and locale named
 * in the URL if `allowed` (the domain's rule) lets the viewer have it, else the refusal to
 * send — 404 for an unknown meeting or locale, 403 otherwise (401 first for a visitor when
 * `visitor: 401`, so a stranger cannot tell which meetings exist).
 */
export async function meetingDownload(
  params: Promise<{ locale: string; id: string }>,
  allowed: (actor: Actor, organizerIds: readonly number[]) => boolean = canManageMeeting,
  options: { visitor?: 401 | 403 } = {},
) {
  const { locale, id: rawId } = await params;
  const meetingId = id.safeParse(rawId);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting || !hasLocale(routing.locales, locale))
    return { refusal: new Response('Not found', { status: 404 }) } as const;
  const viewer = await getViewer();
  if (!viewer && options.visitor === 401) return { refusal: new Response('Unauthorized', { status: 401 }) } as const;
  if (!allowed(viewer, listOrganizerIds(meeting.id)))
    return { refusal: new Response('Forbidden', { status: 403 }) } as const;
  return { meeting, viewer, locale, refusal: null };
}
