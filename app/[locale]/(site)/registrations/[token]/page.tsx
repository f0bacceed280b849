import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MeetingWhen } from '@/components/meetings/MeetingWhen';
import { RegistrationStatusBadge } from '@/components/registrations/RegistrationStatusBadge';
import { ActionButton } from '@/components/ui/ActionButton';
import { Card } from '@/components/ui/Card';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getMeeting } from '@/lib/meetings/data';
import { cancelRegistrationAction } from '@/lib/registrations/actions';
import { getRegistrationByToken } from '@/lib/registrations/data';
import { ticketQrSvg } from '@/lib/registrations/qr';
import { formatTicketCode } from '@/lib/registrations/tokens';

export async function generateMetadata() {
  const t = await getTranslations('registration');
  return { title: t('ticketTitle'), robots: { index: false } };
}

/**
 * A registration by its private link (guests have no account): status, ticket
 * with QR code, and a way to cancel. Whoever holds the link may see it, as with
 * a paper ticket.
 */
export default async function RegistrationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const registration = getRegistrationByToken(token);
  if (!registration) notFound();
  const meeting = getMeeting(registration.meetingId)!;
  const t = await getTranslations('registration');
  const qr = registration.status === 'confirmed' && registration.ticketCode ? await ticketQrSvg(registration.ticketCode) : null;
  const active = ['confirmed', 'pending', 'waitlisted'].includes(registration.status) && new Date() <= meeting.endsAt;

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Link href={`/meetings/${meeting.slug}`} className="text-sm text-brand-800 underline">
          {t('backToMeeting')}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{localizedName(meeting, locale)}</h1>
        <p className="mt-1 text-muted">
          <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
        </p>
        {meeting.venueName ? <p className="text-muted">{[meeting.venueName, meeting.venueAddress].filter(Boolean).join(' · ')}</p> : null}
      </div>
      <Card title={t('ticketTitle')}>
        <div className="space-y-4">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-lg font-semibold">{registration.name}</span>
            <RegistrationStatusBadge status={registration.status} />
          </p>
          <p className="text-muted">{t('categoryLine', { category: localizedName({ name: registration.categoryName, nameEn: registration.categoryNameEn }, locale) })}</p>
          <p>{t(`statusExplain.${registration.status}`, { position: registration.waitlistPosition ?? 0, reason: registration.rejectionReason ?? '' })}</p>
          {qr && registration.ticketCode ? (
            <figure className="flex flex-col items-center gap-2 rounded-lg border border-line p-4">
              <div className="w-56 max-w-full" role="img" aria-label={t('qrLabel', { code: formatTicketCode(registration.ticketCode) })} dangerouslySetInnerHTML={{ __html: qr }} />
              <figcaption className="text-center">
                <span className="block text-sm text-muted">{t('ticketCode')}</span>
                <span className="font-mono text-2xl font-bold tracking-widest">{formatTicketCode(registration.ticketCode)}</span>
              </figcaption>
            </figure>
          ) : null}
          {registration.checkedInAt ? <p className="font-medium text-success-800">{t('checkedIn')}</p> : null}
          {active ? (
            <div className="border-t border-line pt-4">
              <ActionButton action={cancelRegistrationAction} fields={{ accessToken: token }} variant="danger" confirm={t('confirmCancel')}>
                {t('cancel')}
              </ActionButton>
            </div>
          ) : null}
          <p className="text-sm text-muted">{t('keepLink')}</p>
        </div>
      </Card>
    </div>
  );
}
