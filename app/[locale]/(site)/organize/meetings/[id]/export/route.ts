import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { excelCsv } from '@/lib/csv';
import { routing } from '@/lib/i18n/routing';
import { getMeeting, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';
import { listQuestions, listRegistrations } from '@/lib/registrations/data';
import { formatTicketCode } from '@/lib/registrations/tokens';

/**
 * Registrations or the check-in list as CSV. UTF-8 with a byte-order mark, which is
 * what makes Excel on Windows open Chinese text correctly instead of as mojibake.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await params;
  const meetingId = id.safeParse(rawId);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const viewer = await getViewer();
  if (!canManageMeeting(viewer, listOrganizerIds(meeting.id))) return new Response('Forbidden', { status: 403 });

  const list = new URL(request.url).searchParams.get('list') === 'checkin' ? 'checkin' : 'registrations';
  const [t, statuses] = await Promise.all([getTranslations({ locale, namespace: 'registration.csv' }), getTranslations({ locale, namespace: 'registrationStatuses' })]);
  const when = (date: Date | null) => (date ? date.toLocaleString(locale, { timeZone: meeting.timeZone, hour12: false }) : '');
  const questions = listQuestions(meeting.id);
  const rows = listRegistrations(meeting.id, list === 'checkin' ? { status: 'confirmed' } : {});

  const header =
    list === 'checkin'
      ? [t('name'), t('category'), t('organization'), t('phone'), t('ticket'), t('checkedInAt')]
      : [t('name'), t('category'), t('organization'), t('phone'), t('email'), t('status'), t('ticket'), t('registeredAt'), t('checkedInAt'), ...questions.map((q) => q.label)];
  const body = rows.map((row) =>
    list === 'checkin'
      ? [row.name, row.categoryName, row.organizationName ?? '', row.phone ?? '', row.ticketCode ? formatTicketCode(row.ticketCode) : '', when(row.checkedInAt)]
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
  const csv = excelCsv([header, ...body]);
  const filename = `${meeting.slug}-${list}.csv`;
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
