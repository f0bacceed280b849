import { getTranslations } from 'next-intl/server';
import { GuestOfHonourForm } from '@/components/guests/GuestOfHonourForm';
import { DecisionForm } from '@/components/registrations/DecisionForm';
import { InviteForm } from '@/components/registrations/InviteForm';
import { RegistrationCounts } from '@/components/registrations/RegistrationCounts';
import { RegistrationStatusBadge } from '@/components/registrations/RegistrationStatusBadge';
import { buttonClass } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { Pagination } from '@/components/ui/Pagination';
import { auditChainHead } from '@/lib/audit/data';
import { guestsOfHonourByRegistration } from '@/lib/guests/data';
import { formatDateTime } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import {
  listCategories,
  listInvitations,
  listRegistrations,
  listRepresentatives,
  registrationCounts,
} from '@/lib/registrations/data';
import { formatTicketCode } from '@/lib/registrations/tokens';
import { PAGE_SIZE, pageOffset } from '@/lib/search';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('registrations') };
}

export default async function RegistrationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/registrations`);
  const [t, tEvidence, tGuests] = await Promise.all([
    getTranslations('registration'),
    getTranslations('evidence'),
    getTranslations('guests'),
  ]);
  const guests = guestsOfHonourByRegistration(meeting.id);
  // Attendance as shown here is anchored to the chain head of this moment (decision 0012).
  const head = auditChainHead();
  const registrations = listRegistrations(meeting.id);
  const pending = registrations.filter((registration) => registration.status === 'pending');
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const shown = registrations.slice(pageOffset(page), pageOffset(page) + PAGE_SIZE);
  const invitations = listInvitations(meeting.id);
  const time = (date: Date) => formatDateTime(date, locale, meeting.timeZone);
  const exportHref = (list: string) => `/organize/meetings/${meeting.id}/export?list=${list}`;
  const columns = [
    t('list.name'),
    t('list.category'),
    t('list.status'),
    t('list.ticket'),
    t('list.checkedIn'),
    tGuests('column'),
  ];

  return (
    <div className="space-y-6">
      <Card title={t('counts.title')}>
        <RegistrationCounts rows={registrationCounts(meeting.id)} capacity={meeting.capacity} />
        <div className="mt-4 flex flex-wrap gap-2">
          {/* Plain links: the files come from a route handler. */}
          <a href={exportHref('registrations')} className={buttonClass('secondary')} download>
            {t('export.registrations')}
          </a>
          <a href={exportHref('checkin')} className={buttonClass('secondary')} download>
            {t('export.checkin')}
          </a>
          <a href={`/organize/meetings/${meeting.id}/evidence`} className={buttonClass('secondary')} download>
            {tEvidence('download')}
          </a>
        </div>
        {head ? (
          <p className="mt-3 text-xs break-all text-muted">
            {tEvidence('attendanceAnchor', { id: head.id, hash: head.hash })}
          </p>
        ) : null}
      </Card>

      {pending.length > 0 ? (
        <Card title={t('approvals.title', { count: pending.length })}>
          <ul className="space-y-4">
            {pending.map((registration) => (
              <li key={registration.id} className="rounded-md border border-line p-3">
                <p className="font-medium">
                  {registration.name}{' '}
                  <span className="text-sm text-muted">
                    {[registration.categoryName, registration.organizationName, registration.phone, registration.email]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </p>
                <DecisionForm registrationId={registration.id} name={registration.name} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t('list.title', { count: registrations.length })}>
          {registrations.length === 0 ? (
            <EmptyState title={t('list.none')} />
          ) : (
            <div className="scroll-hint overflow-x-auto" tabIndex={0}>
              <table className="w-full min-w-[60rem] text-left text-sm">
                <caption className="sr-only">{t('list.caption')}</caption>
                <thead className="border-b border-line text-muted">
                  <tr>
                    {columns.map((label, index) => (
                      // Every column but the last keeps a gap on its right.
                      <th
                        key={index}
                        scope="col"
                        className={index < columns.length - 1 ? 'py-2 pr-2 font-medium' : 'py-2 font-medium'}
                      >
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((registration) => (
                    <tr
                      key={registration.id}
                      id={`registration-${registration.id}`}
                      className="border-b border-line align-top"
                    >
                      <td className="py-2 pr-2 whitespace-nowrap">
                        {registration.name}
                        {registration.organizationName ? (
                          <span className="block text-muted">{registration.organizationName}</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-2 whitespace-nowrap">{registration.categoryName}</td>
                      <td className="py-2 pr-2">
                        <RegistrationStatusBadge status={registration.status} />
                      </td>
                      <td className="py-2 pr-2 font-mono whitespace-nowrap">
                        {registration.ticketCode ? formatTicketCode(registration.ticketCode) : ''}
                      </td>
                      <td className="py-2 pr-2 whitespace-nowrap">
                        {registration.checkedInAt ? time(registration.checkedInAt) : ''}
                      </td>
                      <td className="py-2">
                        {registration.status === 'cancelled' || registration.status === 'rejected' ? null : (
                          <GuestOfHonourForm
                            registrationId={registration.id}
                            name={registration.name}
                            title={guests.get(registration.id) ?? null}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            pathname={`/organize/meetings/${meeting.id}/registrations`}
            query={{}}
            page={page}
            total={registrations.length}
          />
        </Card>
        <div className="space-y-6">
          <Card title={t('invite.title')}>
            <InviteForm
              meetingId={meeting.id}
              categories={listCategories(meeting.id).map(({ id, name }) => ({ id, name }))}
              representatives={listRepresentatives()}
            />
          </Card>
          {invitations.length > 0 ? (
            <Card title={t('invitations.title', { count: invitations.length })}>
              <ul className="divide-y divide-line text-sm">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="py-2">
                    {invitation.name}{' '}
                    <span className="text-muted">
                      {invitation.email} · {invitation.categoryName}
                    </span>
                    <span className="block text-muted">
                      {invitation.acceptedAt
                        ? t('invitations.accepted')
                        : invitation.expiresAt < new Date()
                          ? t('invitations.expired')
                          : t('invitations.openUntil', { time: time(invitation.expiresAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
