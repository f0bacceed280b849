import { getTranslations } from 'next-intl/server';
import { auditChainHead } from '@/lib/audit/data';
import { excelCsv } from '@/lib/csv';
import { meetingDownload } from '@/lib/meetings/guard';
import { canManageRegistrations } from '@/lib/registrations/permissions';
import { listQuestions, listRegistrations } from '@/lib/registrations/data';
import { formatTicketCode } from '@/lib/registrations/tokens';

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
  const when = (date: Date | null) =>
    date ? date.toLocaleString(locale, { timeZone: meeting.timeZone, hour12: false }) : '';
  const questions = listQuestions(meeting.id);
  const rows = listRegistrations(meeting.id, list === 'checkin' ? { status: 'confirmed' } : {});

  const header =
    list === 'checkin'
      ? [t('name'), t('category'), t('organization'), t('phone'), t('ticket'), t('checkedInAt')]
      : [
          t('name'),
          t('category'),
          t('organization'),
          t('phone'),
          t('email'),
          t('status'),
          t('ticket'),
          t('registeredAt'),
          t('checkedInAt'),
          ...questions.map((q) => q.label),
        ];
  const body = rows.map((row) =>
    list === 'checkin'
      ? [
          row.name,
          row.categoryName,
          row.organizationName ?? '',
          row.phone ?? '',
          row.ticketCode ? formatTicketCode(row.ticketCode) : '',
          when(row.checkedInAt),
        ]
      : [
          row.name,
          row.categoryName,
          row.organizationName ?? '',
          row.phone ?? '',
          row.email ?? '',
          statuses(row.status),
          row.ticketCode ? formatTicketCode(row.ticketCode) : '',
          when(row.createdAt),
          when(row.checkedInAt),
          ...questions.map((q) => row.answers?.[q.id] ?? ''),
        ],
  );
  // The last line anchors the list to the audit chain head, read after the rows (decision 0012).
  const head = auditChainHead();
  const csv = excelCsv([header, ...body, ...(head ? [[tAudit('exportedHead', { id: head.id }), head.hash]] : [])]);
  const filename = `${meeting.slug}-${list}.csv`;
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
