import { getTranslations } from 'next-intl/server';
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
  const [t, statuses] = await Promise.all([
    getTranslations({ locale, namespace: 'registration.csv' }),
    getTranslations({ locale, namespace: 'registrationStatuses' }),
  ]);
  const rows = listRegistrations(meeting.id, list === 'checkin' ? { status: 'confirmed' } : {});
  const table = registrationTable(list, rows, listQuestions(meeting.id), {
    t: (key, values) => t(key as never, values as never),
    status: (key) => statuses(key as never),
    locale,
    timeZone: meeting.timeZone,
  });
  const filename = `${meeting.slug}-${list}.csv`;
  return new Response(excelCsv(table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
