import { getTranslations } from 'next-intl/server';
import { CategoryForm } from '@/components/registrations/CategoryForm';
import { OrganizationSeatsForm } from '@/components/registrations/OrganizationSeatsForm';
import { QuestionForm } from '@/components/registrations/QuestionForm';
import { SettingsForm } from '@/components/registrations/SettingsForm';
import { ActionButton } from '@/components/ui/ActionButton';
import { Card } from '@/components/ui/Card';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listActiveOrganizationChoices } from '@/lib/organizations/data';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { instantToWallTime } from '@/lib/meetings/time';
import { removeQuestionAction } from '@/lib/registrations/actions';
import {
  getRegistrationSettings,
  listCategories,
  listOrganizationSeats,
  listQuestions,
} from '@/lib/registrations/data';

export async function generateMetadata() {
  const t = await getTranslations('meetings.tabs');
  return { title: t('registration') };
}

export default async function RegistrationSettingsPage({
  params,
}: {
  params: Promise<{ locale: string; id: string }>;
}) {
  await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/registration`);
  const [t, kinds] = await Promise.all([getTranslations('registration'), getTranslations('questionKinds')]);
  const settings = getRegistrationSettings(meeting.id);
  const wall = (instant: Date | null) => (instant ? instantToWallTime(instant, meeting.timeZone) : '');
  const seats = listOrganizationSeats(meeting.id);
  const questions = listQuestions(meeting.id);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <div className="space-y-6">
        <Card title={t('settings.title')}>
          <SettingsForm
            meetingId={meeting.id}
            timeZone={meeting.timeZone}
            initial={{
              mode: settings.mode,
              opensAt: wall(settings.opensAt),
              closesAt: wall(settings.closesAt),
              organizationSeatsReleaseAt: wall(settings.organizationSeatsReleaseAt),
            }}
          />
        </Card>
        <Card title={t('organizationSeats.title')}>
          <p className="mb-3 text-sm text-muted">{t('organizationSeats.explain')}</p>
          {seats.length > 0 ? (
            <ul className="mb-4 divide-y divide-line rounded-md border border-line">
              {seats.map((row) => (
                <li key={row.organizationId} className="flex justify-between px-3 py-2">
                  <span>{row.name}</span>
                  <span className="tabular-nums">{t('organizationSeats.count', { count: row.seats })}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <OrganizationSeatsForm meetingId={meeting.id} organizations={listActiveOrganizationChoices()} />
        </Card>
      </div>
      <div className="space-y-6">
        <Card title={t('categories.title')}>
          <p className="mb-3 text-sm text-muted">{t('categories.explain', { capacity: meeting.capacity ?? '—' })}</p>
          <div className="space-y-3">
            {listCategories(meeting.id).map((category) => (
              <CategoryForm key={category.id} meetingId={meeting.id} category={category} />
            ))}
            <CategoryForm meetingId={meeting.id} />
          </div>
        </Card>
        <Card title={t('questions.title')}>
          {questions.length > 0 ? (
            <ul className="mb-4 divide-y divide-line rounded-md border border-line">
              {questions.map((question) => (
                <li key={question.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <span>
                    {question.label}{' '}
                    <span className="text-sm text-muted">
                      {kinds(question.kind)}
                      {question.required ? ` · ${t('questions.requiredShort')}` : ''}
                      {question.choices?.length ? ` · ${question.choices.join(' / ')}` : ''}
                    </span>
                  </span>
                  <ActionButton
                    action={removeQuestionAction}
                    fields={{ questionId: String(question.id) }}
                    variant="ghost"
                  >
                    {t('questions.remove')} <span className="sr-only">{question.label}</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          ) : null}
          <QuestionForm meetingId={meeting.id} />
        </Card>
      </div>
    </div>
  );
}
