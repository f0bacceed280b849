import type { RegistrationStatus } from '@/db/schema/enums';

export type AttendanceRegistration = {
  categoryId: number;
  organization: string | null;
  status: RegistrationStatus;
  checkedInAt: Date | null;
};
export type AttendanceInvitation = { categoryId: number; revoked: boolean };

/** One line of the record. `invited` is null per organization: invitations name no organization. */
export type AttendanceLine = {
  name: string;
  invited: number | null;
  registered: number;
  confirmed: number;
  checkedIn: number;
  noShow: number | null;
  late: number | null;
};

/**
 * The attendance record of a meeting, per category and per organization. Registered
 * counts every registration but rejected ones; no-shows only once the meeting has run
 * (`ranAt`, its real start); late arrivals only when there is that real start to
 * compare check-in times with.
 */
export function attendanceRecord(
  categories: { id: number; name: string }[],
  registrations: AttendanceRegistration[],
  invitations: AttendanceInvitation[],
  ranAt: Date | null,
  noOrganization: string,
) {
  const line = (name: string, rows: AttendanceRegistration[], invited: number | null): AttendanceLine => {
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const checkedIn = confirmed.filter((r) => r.checkedInAt);
    return {
      name,
      invited,
      registered: rows.filter((r) => r.status !== 'rejected').length,
      confirmed: confirmed.length,
      checkedIn: checkedIn.length,
      noShow: ranAt ? confirmed.length - checkedIn.length : null,
      late: ranAt ? checkedIn.filter((r) => r.checkedInAt! > ranAt).length : null,
    };
  };
  const byCategory = categories.map((category) =>
    line(
      category.name,
      registrations.filter((r) => r.categoryId === category.id),
      invitations.filter((i) => i.categoryId === category.id && !i.revoked).length,
    ),
  );
  const names = [...new Set(registrations.map((r) => r.organization ?? noOrganization))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
  const byOrganization = names.map((name) =>
    line(
      name,
      registrations.filter((r) => (r.organization ?? noOrganization) === name),
      null,
    ),
  );
  const total = line('', registrations, invitations.filter((i) => !i.revoked).length);
  return { byCategory, byOrganization, total };
}
