import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { getProgressReport } from '@/lib/pledges/data';
import { readEvidence } from '@/lib/pledges/evidence';
import { issueReader } from '@/lib/pledges/guard';

/**
 * An evidence file, only for the organization's representatives and the campaign's managers.
 * Sign-in is checked first, so a stranger cannot learn which report numbers exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  const reportId = id.safeParse((await params).id);
  const found = reportId.success ? getProgressReport(reportId.data) : undefined;
  if (!found?.report.evidencePath) return new Response('Not found', { status: 404 });
  const { reads } = issueReader(viewer, { organizationId: found.report.organizationId, campaignId: found.campaignId });
  if (!reads) return new Response('Forbidden', { status: 403 });
  const bytes = readEvidence(found.report.evidencePath);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': found.report.evidenceType ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.report.evidenceName ?? 'evidence')}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
