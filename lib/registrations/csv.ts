import { formatSpreadsheetDateTime, zoneName } from '@/lib/i18n/dates';
import type { listQuestions, listRegistrations } from './data';
import { formatTicketCode } from './tokens';

type Translate = (key: string, values?: Record<string, string>) => string;
type Row = ReturnType<typeof listRegistrations>[number];
type Question = Pick<ReturnType<typeof listQuestions>[number], 'id' | 'label'>;

export type RegistrationList = 'registrations' | 'checkin';

/**
 * The registrations or the door's check-in list as spreadsheet rows, header first. Times are
 * wall times in the meeting's zone, written so a spreadsheet reads them as dates
 * (formatSpreadsheetDateTime); the header names that zone ("签到时间（北京时间）"), since the
 * file leaves the page that says where the meeting is.
 */
export function registrationTable(
  list: RegistrationList,
  rows: readonly Row[],
  questions: readonly Question[],
  { t, status, locale, timeZone }: { t: Translate; status: (key: string) => string; locale: string; timeZone: string },
): string[][] {
  const zone = zoneName(timeZone, locale);
  const when = (date: Date | null) => (date ? formatSpreadsheetDateTime(date, timeZone) : '');
  const ticket = (row: Row) => (row.ticketCode ? formatTicketCode(row.ticketCode) : '');
  if (list === 'checkin') {
    return [
      [t('name'), t('category'), t('organization'), t('phone'), t('ticket'), t('checkedInAt', { zone })],
      ...rows.map((row) => [
        row.name,
        row.categoryName,
        row.organizationName ?? '',
        row.phone ?? '',
        ticket(row),
        when(row.checkedInAt),
      ]),
    ];
  }
  return [
    [
      t('name'),
      t('category'),
      t('organization'),
      t('phone'),
      t('email'),
      t('status'),
      t('ticket'),
      t('registeredAt', { zone }),
      t('checkedInAt', { zone }),
      ...questions.map((q) => q.label),
    ],
    ...rows.map((row) => [
      row.name,
      row.categoryName,
      row.organizationName ?? '',
      row.phone ?? '',
      row.email ?? '',
      status(row.status),
      ticket(row),
      when(row.createdAt),
      when(row.checkedInAt),
      ...questions.map((q) => row.answers?.[q.id] ?? ''),
    ]),
  ];
}
