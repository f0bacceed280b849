'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useFollowRedirect } from '@/components/ui/useFollowRedirect';
import { initialFormState } from '@/lib/actions/state';
import { prepareNextEditionAction } from '@/lib/editions/actions';
import { Link } from '@/lib/i18n/navigation';

export type EditionSuggestion = { year: number; title: string; titleEn: string; slug: string };

/**
 * "Prepare next year's meeting": a small form over everything that is copied. Once the
 * next edition exists the form gives way to a link to it; a refusal from a page opened
 * before (another tab prepared it) stays on screen above that link.
 */
export function PrepareNextEdition({
  meetingId,
  suggestion,
  next,
}: {
  meetingId: number;
  suggestion: EditionSuggestion;
  next: { id: number; title: string } | null;
}) {
  const t = useTranslations('editions');
  const [state, action] = useActionState(prepareNextEditionAction, initialFormState);
  useFollowRedirect(state);
  if (next) {
    return (
      <div className="space-y-3">
        <FormMessages state={state} />
        <p>
          {t('exists')}{' '}
          <Link href={`/organize/meetings/${next.id}`} className="font-medium text-brand-800 underline">
            {next.title}
          </Link>
        </p>
      </div>
    );
  }
  const v = { title: suggestion.title, titleEn: suggestion.titleEn, slug: suggestion.slug, ...state.values };
  const field = fieldsOf(v, state.fieldErrors, 'next');
  return (
    <form action={action} className="space-y-4" noValidate>
      <p className="text-sm text-muted">{t('lead', { year: suggestion.year })}</p>
      <ul className="list-disc space-y-1 ps-5 text-sm text-muted">
        {(
          ['copiesMeeting', 'copiesAgenda', 'copiesRegistration', 'copiesAwards', 'copiesPledges', 'untouched'] as const
        ).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <FormMessages state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField label={t('title')} {...field('title')} required limit={120} key={`title-${v.title}`} />
      <TextField label={t('titleEn')} {...field('titleEn')} limit={120} key={`titleEn-${v.titleEn}`} />
      <TextField label={t('slug')} hint={t('slugHint')} {...field('slug')} key={`slug-${v.slug}`} />
      <CheckboxField
        label={t('keepPresenters')}
        name="keepPresenters"
        defaultChecked={state.values?.keepPresenters === 'on'}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
