import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MeetingWhen } from '@/components/meetings/MeetingWhen';
import { RegistrationForm } from '@/components/registrations/RegistrationForm';
import { buttonClass } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { BackLink } from '@/components/ui/BackLink';
import { getViewer } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicMeeting } from '@/lib/meetings/data';
import {
  activeRegistrationOf,
  availabilityOf,
  firstOrganizationOf,
  getInvitation,
  getRegistrationSettings,
  listCategories,
  listQuestions,
  organizationsOf,
} from '@/lib/registrations/data';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ invitation?: string }> };

export async function generateMetadata() {
  const t = await getTranslations('registration');
  return { title: t('title') };
}

/** Registering for a meeting: a member in two taps, a guest with a short form, an invitee by their link. */
export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { invitation: token } = await searchParams;
  const meeting = getPublicMeeting(slug);
  if (!meeting) notFound();
  const [t, tm, viewer] = await Promise.all([
    getTranslations('registration'),
    getTranslations('meetings.availability'),
    getViewer(),
  ]);
  const settings = getRegistrationSettings(meeting.id);
  const now = new Date();

  const header = (
    <div className="mb-6">
      <BackLink href={`/meetings/${meeting.slug}`}>{t('backToMeeting')}</BackLink>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {t('titleFor', { meeting: localizedName(meeting, locale) })}
      </h1>
      <p className="mt-1 text-muted">
        <MeetingWhen startsAt={meeting.startsAt} endsAt={meeting.endsAt} timeZone={meeting.timeZone} />
      </p>
    </div>
  );
  const closed = (message: string) => (
    <div className="mx-auto max-w-2xl">
      {header}
      <EmptyState title={message} />
    </div>
  );

  if (meeting.status !== 'published') return closed(t('unavailable'));
  if (settings.opensAt && now < settings.opensAt) return closed(t('notOpenYet'));
  if ((settings.closesAt && now > settings.closesAt) || now > meeting.endsAt) return closed(t('closed'));

  const existing = viewer ? activeRegistrationOf(meeting.id, viewer.id) : undefined;
  if (existing) {
    return (
      <div className="mx-auto max-w-2xl">
        {header}
        <EmptyState title={t('alreadyRegistered')}>
          <Link
            href={existing.accessToken ? `/registrations/${existing.accessToken}` : '/registrations'}
            className={buttonClass('primary', 'mt-2')}
          >
            {t('viewRegistration')}
          </Link>
        </EmptyState>
      </div>
    );
  }

  const categories = listCategories(meeting.id);
  const invitation = token ? getInvitation(meeting.id, token) : undefined;
  if (token && (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)) {
    return closed(
      !invitation ? t('invitationInvalid') : invitation.acceptedAt ? t('invitationUsed') : t('invitationExpired'),
    );
  }
  if (!invitation && settings.mode === 'invitation') return closed(t('invitationOnly'));

  const selectable = categories.filter((category) => category.selfService);
  // Said before submitting: a full meeting (or category) puts the registrant on the waiting list.
  const seats = availabilityOf(meeting, now);
  return (
    <div className="mx-auto max-w-2xl">
      {header}
      {invitation ? null : seats.state === 'full' ? (
        <p
          role="note"
          className="mb-4 rounded-md border border-warning-200 bg-warning-50 px-3 py-2 font-medium text-warning-800"
          data-testid="seats-line"
        >
          {tm('full', { place: seats.waitlistPlace ?? 1 })}
        </p>
      ) : seats.seatsLeft !== null ? (
        <p className="mb-4 text-muted" data-testid="seats-line">
          {tm('seatsLeft', { count: seats.seatsLeft })}
        </p>
      ) : null}
      {settings.mode === 'approval' && !invitation ? (
        <p className="mb-4 rounded-md border border-line bg-white px-3 py-2">{t('approvalNotice')}</p>
      ) : null}
      {!viewer && !invitation ? (
        <p className="mb-4 text-sm text-muted">
          {t('memberHint')}{' '}
          <Link
            href={{ pathname: '/sign-in', query: { callbackUrl: `/meetings/${meeting.slug}/register` } }}
            className="text-brand-800 underline"
          >
            {t('signIn')}
          </Link>
        </p>
      ) : null}
      <Card>
        <RegistrationForm
          meetingId={meeting.id}
          member={viewer ? { name: viewer.name, email: viewer.email } : null}
          categories={selectable.map((category) => ({
            id: category.id,
            name: localizedName(category, locale),
            full: seats.state !== 'full' && seats.fullCategoryIds.includes(category.id),
          }))}
          organizations={viewer ? organizationsOf(viewer.id) : []}
          questions={listQuestions(meeting.id)}
          invitation={
            invitation && token
              ? {
                  token,
                  name: invitation.name,
                  email: invitation.email,
                  categoryName: localizedCategory(
                    categories.find((c) => c.id === invitation.categoryId),
                    locale,
                  ),
                }
              : null
          }
          defaults={{
            organizationId: viewer ? String(firstOrganizationOf(viewer.id) ?? '') : '',
            categoryId: selectable.length === 1 ? String(selectable[0]!.id) : '',
          }}
        />
      </Card>
    </div>
  );
}

function localizedCategory(category: { name: string; nameEn: string | null } | undefined, locale: string) {
  return category ? localizedName(category, locale) : '';
}
