import { getTranslations } from 'next-intl/server';
import { auditChainHead } from '@/lib/audit/data';
import { excelCsv } from '@/lib/csv';
import { meetingDownload } from '@/lib/meetings/guard';
import { attendanceRecord, type AttendanceLine } from '@/lib/reports/attendance';
import { loadAttendance } from '@/lib/reports/data';

/** The attendance record as CSV for Excel (UTF-8 with a byte-order mark, cells neutralised by excelCsv). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const access = await meetingDownload(params);
  if (access.refusal) return access.refusal;
  const { meeting, locale } = access;
  const [t, tAudit] = await Promise.all([
    getTranslations({ locale, namespace: 'reports.attendance' }),
    getTranslations({ locale, namespace: 'audit' }),
  ]);
  const data = loadAttendance(meeting.id);
  const record = attendanceRecord(data.categories, data.rows, data.invited, data.ranAt, t('noOrganization'));
  // Read after the rows: the file is anchored to a head at or after every check-in it counts (decision 0012).
  const head = auditChainHead();
  const cell = (n: number | null) => (n === null ? '' : String(n));
  const row = (group: string, line: AttendanceLine) => [
    group,
    line.name,
    cell(line.invited),
    String(line.registered),
    String(line.confirmed),
    String(line.checkedIn),
    cell(line.noShow),
    cell(line.late),
  ];
  const csv = excelCsv([
    ['', t('name'), t('invited'), t('registered'), t('confirmed'), t('checkedIn'), t('noShow'), t('late')],
    ...record.byCategory.map((line) => row(t('byCategory'), line)),
    ...record.byOrganization.map((line) => row(t('byOrganization'), line)),
    row(t('total'), { ...record.total, name: '' }),
    ...(head ? [[tAudit('exportedHead', { id: head.id }), head.hash]] : []),
  ]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${meeting.slug}-attendance.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
