import { getTranslations } from 'next-intl/server';
import { buildEvidencePackage } from '@/lib/evidence/data';
import { evidenceSummary } from '@/lib/evidence/summary';
import { routing } from '@/lib/i18n/routing';
import { meetingDownload } from '@/lib/meetings/guard';
import { canManageMeeting } from '@/lib/meetings/permissions';

/**
 * A meeting's evidence package (decision 0012): attendance, ballots cast, results and pledge
 * signatures with their audit events, the chain slice to the head, and a summary in both
 * languages. Only the meeting's organizers and admins; checked against the database here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const access = await meetingDownload(params, canManageMeeting, { visitor: 401 });
  if (access.refusal) return access.refusal;
  const { meeting } = access;

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
