import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddToCalendarLink } from '@/components/meetings/AddToCalendarLink';
import { MeetingWhen } from '@/components/meetings/MeetingWhen';
import { RegistrationStatusBadge } from '@/components/registrations/RegistrationStatusBadge';
import { ActionButton } from '@/components/ui/ActionButton';
import { Card } from '@/components/ui/Card';
import { PrintButton } from '@/components/ui/PrintButton';
import { localizedName } from '@/lib/i18n/localized-name';
import { formatDateTime } from '@/lib/i18n/dates';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getMeeting } from '@/lib/meetings/data';
import { cancelRegistrationAction } from '@/lib/registrations/actions';
import { getRegistrationByToken } from '@/lib/registrations/data';
import { ticketQrSvg } from '@/lib/registrations/qr';
import { seatOf } from '@/lib/seating/data';
import { formatSeat, type PositionTranslate } from '@/lib/seating/position';
import { formatTicketCode } from '@/lib/registrations/tokens';
import '@/components/fonts/chinese-web-font';
import { BackLink } from '@/components/ui/BackLink';

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ cancel?: string }> };

export async function generateMetadata() {
  const t = await getTranslations('registration');
  return { title: t('ticketTitle'), robots: { index: false } };
}

/**
 * A registration by its private link (guests have no account): status, ticket
 * with QR code, a calendar file, and a way to cancel. Whoever holds the link may
 * see it, as with a paper ticket. Printed, it is the ticket alone: no links or
 * buttons. `?cancel=1` (the link in the promotion email) opens with the question
 * "cancel?" and one button to confirm.
 */
export default async function RegistrationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const { cancel } = await searchParams;
  const registration = getRegistrationByToken(token);
  if (!registration) notFound();
  const meeting = getMeeting(registration.meetingId)!;
  const t = await getTranslations('registration');
  const seat = registration.status === 'confirmed' ? seatOf([registration.id]).get(registration.id) : undefined;
  const position = (await getTranslations('seating.position')) as unknown as PositionTranslate;
  const qr =
    registration.status === 'confirmed' && registration.ticketCode ? await ticketQrSvg(registration.ticketCode) : null;
  const active = ['confirmed', 'pending', 'waitlisted'].includes(registration.status) && new Date() <= meeting.endsAt;
  const promoted = registration.status === 'confirmed' && registration.promotedAt;
  const venue = [meeting.venueName, meeting.venueAddress].filter(Boolean).join(' · ');
  const cancelButton = (label: string, variant: 'danger' | 'primary' = 'danger') => (
    <ActionButton
      action={cancelRegistrationAction}
      fields={{ accessToken: token }}
      variant={variant}
      confirm={cancel ? undefined : t('confirmCancel')}
    >
      {label}
    </ActionButton>
  );

  return (
    <div className="mx-auto max-w-xl space-y-6 print:max-w-[120mm] print:space-y-4">
      <div>
        <BackLink href={`/meetings/${meeting.slug}`} className="print:hidden">
          {t('backToMeeting')}
        </BackLink>
        <h1 className="mt-2 text-2xl font-bold print:mt-0">{localizedName(meeting, locale)}</h1>
        <p className="mt-1 text-muted print:text-ink">
          <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
        </p>
        {venue ? <p className="text-muted print:text-ink">{venue}</p> : null}
      </div>
      {cancel && active ? (
        // The page itself is the confirmation: one tap, no second dialog.
        <section
          aria-labelledby="cancel-heading"
          className="space-y-3 rounded-lg border border-danger-300 bg-danger-50 p-4 print:hidden"
        >
          <h2 id="cancel-heading" className="text-lg font-semibold">
            {t('cancelQuestion')}
          </h2>
          <p>{t('cancelExplain')}</p>
          {cancelButton(t('cancelConfirm'), 'primary')}
        </section>
      ) : null}
      <Card title={t('ticketTitle')} className="print:rounded-none print:border-2 print:border-ink">
        <div className="space-y-4">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-lg font-semibold print:text-2xl">{registration.name}</span>
            <span className="print:hidden">
              <RegistrationStatusBadge status={registration.status} />
            </span>
          </p>
          <p className="text-muted print:text-ink">
            {t('categoryLine', {
              category: localizedName({ name: registration.categoryName, nameEn: registration.categoryNameEn }, locale),
            })}
          </p>
          {registration.organizationName ? (
            <p className="text-muted print:text-ink">{registration.organizationName}</p>
          ) : null}
          {seat ? (
            <p className="text-lg font-semibold" data-testid="seat-line">
              {t('seatLine', { seat: formatSeat(position, seat, locale) })}
            </p>
          ) : null}
          {promoted ? (
            <p
              role="note"
              className="rounded-md border border-success-300 bg-success-50 px-3 py-2 font-medium text-success-800 print:hidden"
              data-testid="promoted"
            >
              {t('promotedExplain', {
                time: formatDateTime(registration.promotedAt!, locale, meeting.timeZone),
              })}
            </p>
          ) : null}
          <p className="print:hidden">
            {t(`statusExplain.${registration.status}`, {
              position: registration.waitlistPosition ?? 0,
              reason: registration.rejectionReason ?? '',
            })}
          </p>
          {qr && registration.ticketCode ? (
            <figure className="flex flex-col items-center gap-2 rounded-lg border border-line p-4 print:border-0 print:p-0">
              <div
                className="w-56 max-w-full print:w-[60mm]"
                role="img"
                aria-label={t('qrLabel', { code: formatTicketCode(registration.ticketCode) })}
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <figcaption className="text-center">
                <span className="block text-sm text-muted print:text-ink">{t('ticketCode')}</span>
                <span className="font-mono text-2xl font-bold tracking-widest">
                  {formatTicketCode(registration.ticketCode)}
                </span>
              </figcaption>
            </figure>
          ) : null}
          {registration.checkedInAt ? (
            <p className="font-medium text-success-800 print:hidden">{t('checkedIn')}</p>
          ) : null}
          {registration.status === 'confirmed' ? (
            <div className="flex flex-wrap gap-3 print:hidden">
              <AddToCalendarLink slug={meeting.slug} locale={locale} label={t('addToCalendar')} />
              <PrintButton>{t('printTicket')}</PrintButton>
            </div>
          ) : null}
          {active && !cancel ? (
            <div className="space-y-2 border-t border-line pt-4 print:hidden">
              {promoted ? <p className="text-sm">{t('promotedCancelHint')}</p> : null}
              {cancelButton(promoted ? t('cancelPromoted') : t('cancel'))}
            </div>
          ) : null}
          <p className="text-sm text-muted print:hidden">{t('keepLink')}</p>
        </div>
      </Card>
    </div>
  );
}
