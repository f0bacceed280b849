import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { buildEvidencePackage } from '@/lib/evidence/data';
import { evidenceSummary } from '@/lib/evidence/summary';
import { routing } from '@/lib/i18n/routing';
import { getMeeting, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';

/**
 * A meeting's evidence package (decision 0012): attendance, ballots cast, results and pledge
 * signatures with their audit events, the chain slice to the head, and a summary in both
 * languages. Only the meeting's organizers and admins; checked against the database here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await params;
  const meetingId = id.safeParse(rawId);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  if (!canManageMeeting(viewer, listOrganizerIds(meeting.id))) return new Response('Forbidden', { status: 403 });

  const pkg = buildEvidencePackage(meeting.id)!;
  const summary: Record<string, string> = {};
  for (const language of routing.locales) {
    const t = await getTranslations({ locale: language, namespace: 'evidence' });
    summary[language] = evidenceSummary(pkg, (key, values) => t(key as never, values as never), language);
  }
  return new Response(JSON.stringify({ ...pkg, summary }, null, 1), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${meeting.slug}-evidence.json"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
