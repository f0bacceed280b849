import { getTranslations } from 'next-intl/server';
import { auditChainHead } from '@/lib/audit/data';
import { excelCsv } from '@/lib/csv';
import { meetingDownload } from '@/lib/meetings/guard';
import { registrationTable } from '@/lib/registrations/csv';
import { canManageRegistrations } from '@/lib/registrations/permissions';
import { listQuestions, listRegistrations } from '@/lib/registrations/data';

/**
 * Registrations or the check-in list as CSV. UTF-8 with a byte-order mark, which is
 * what makes Excel on Windows open Chinese text correctly instead of as mojibake.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const access = await meetingDownload(params, canManageRegistrations);
  if (access.refusal) return access.refusal;
  const { meeting, locale } = access;

  const list = new URL(request.url).searchParams.get('list') === 'checkin' ? 'checkin' : 'registrations';
  const [t, statuses, tAudit] = await Promise.all([
    getTranslations({ locale, namespace: 'registration.csv' }),
    getTranslations({ locale, namespace: 'registrationStatuses' }),
    getTranslations({ locale, namespace: 'audit' }),
  ]);
  const rows = listRegistrations(meeting.id, list === 'checkin' ? { status: 'confirmed' } : {});
  const table = registrationTable(list, rows, listQuestions(meeting.id), {
    t: (key, values) => t(key as never, values as never),
    status: (key) => statuses(key as never),
    locale,
    timeZone: meeting.timeZone,
  });
  // The last line anchors the list to the audit chain head, read after the rows (decision 0012).
  const head = auditChainHead();
  const csv = excelCsv([...table, ...(head ? [[tAudit('exportedHead', { id: head.id }), head.hash]] : [])]);
  const filename = `${meeting.slug}-${list}.csv`;
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
