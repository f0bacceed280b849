'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { useFollowRedirect } from '@/components/ui/useFollowRedirect';
import { initialFormState, type FormAction } from '@/lib/actions/state';

export type AwardFormValues = {
  name: string;
  nameEn: string;
  cycleYear: string;
  description: string;
  rules: string;
  nominationsOpenAt: string;
  nominationsCloseAt: string;
  votingOpensAt: string;
  votingClosesAt: string;
  publicNominations: string;
};

/** Create or edit an award; windows are wall-clock times in Asia/Shanghai. */
export function AwardForm({
  action,
  awardId,
  initial,
}: {
  action: FormAction;
  awardId?: number;
  initial: AwardFormValues;
}) {
  const t = useTranslations('awards.form');
  const common = useTranslations('common');
  const names = useTranslations('names');
  const [state, formAction] = useActionState(action, initialFormState);
  useFollowRedirect(state);
  const v = { ...initial, ...state.values };
  const field = fieldsOf(v, state.fieldErrors);
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField label={t('name')} {...field('name')} required limit={120} />
        <TextField label={t('cycleYear')} {...field('cycleYear')} required inputMode="numeric" />
      </div>
      <TextField label={names('englishName')} {...field('nameEn')} lang="en" limit={120} hint={names('hint')} />
      <TextareaField label={t('description')} {...field('description')} rows={3} limit={5000} />
      <TextareaField label={t('rules')} {...field('rules')} rows={4} limit={5000} />
      <p className="text-sm text-muted">{t('timesHint')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('nominationsOpenAt')} {...field('nominationsOpenAt')} type="datetime-local" required />
        <TextField label={t('nominationsCloseAt')} {...field('nominationsCloseAt')} type="datetime-local" required />
        <TextField label={t('votingOpensAt')} {...field('votingOpensAt')} type="datetime-local" required />
        <TextField label={t('votingClosesAt')} {...field('votingClosesAt')} type="datetime-local" required />
      </div>
      <CheckboxField
        label={t('publicNominations')}
        name="publicNominations"
        defaultChecked={v.publicNominations === 'on' || v.publicNominations === 'true'}
        key={`public-${v.publicNominations}`}
      />
      <SubmitButton>{awardId ? common('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
