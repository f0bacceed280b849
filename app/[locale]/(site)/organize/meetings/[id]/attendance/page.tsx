import { getTranslations } from 'next-intl/server';
import { ChainAnchor } from '@/components/audit/ChainAnchor';
import { AttendanceChart } from '@/components/reports/AttendanceChart';
import { AttendanceTable } from '@/components/reports/AttendanceTable';
import { buttonClass } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { PrintButton } from '@/components/ui/PrintButton';
import { auditChainHead } from '@/lib/audit/data';
import { formatDateTime } from '@/lib/i18n/dates';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localizedPath } from '@/lib/i18n/routing';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { attendanceRecord } from '@/lib/reports/attendance';
import { loadAttendance } from '@/lib/reports/data';
import '@/components/fonts/chinese-web-font';

export async function generateMetadata() {
  const t = await getTranslations('reports.attendance');
  return { title: t('title') };
}

export default async function AttendancePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/attendance`);
  const t = await getTranslations('reports.attendance');
  const data = loadAttendance(meeting.id);
  const record = attendanceRecord(data.categories, data.rows, data.invited, data.ranAt, t('noOrganization'));
  // Read after the attendance: the sheet is anchored to a head at or after every check-in it shows (decision 0012).
  const head = auditChainHead();
  return (
    <Card title={t('title')}>
      {/* The layout's header does not print: the sheet names its meeting itself. */}
      <p className="mb-2 hidden font-semibold print:block">
        {localizedName(meeting, locale)} · {formatDateTime(meeting.startsAt, locale, meeting.timeZone)}
        {meeting.venueName ? ` · ${meeting.venueName}` : ''}
      </p>
      <p className="mb-4 text-muted">{t('intro')}</p>
      {data.ranAt ? null : (
        <p role="note" className="mb-4 rounded-md bg-surface p-2">
          {t('notRunNote')}
        </p>
      )}
      <div className="mb-6 flex flex-wrap gap-2 print:hidden">
        {/* A plain link: the file comes from a route handler. */}
        <a
          href={localizedPath(`/organize/meetings/${meeting.id}/attendance/export`, locale)}
          className={buttonClass('secondary')}
          download
        >
          {t('exportCsv')}
        </a>
        <PrintButton>{t('print')}</PrintButton>
      </div>
      {data.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="space-y-6">
          <AttendanceChart title={t('chartTitle')} lines={record.byCategory} />
          <AttendanceTable caption={t('byCategory')} lines={record.byCategory} total={record.total} />
          <AttendanceTable caption={t('byOrganization')} lines={record.byOrganization} total={record.total} />
          <p className="text-sm text-muted">{t('invitedNote')}</p>
        </div>
      )}
      {head ? (
        <div className="mt-6 text-xs text-muted">
          <ChainAnchor label={t('chainHead', { id: head.id })} hash={head.hash} />
        </div>
      ) : null}
    </Card>
  );
}
