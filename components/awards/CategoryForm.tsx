'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { addCategoryAction } from '@/lib/awards/actions';

export function CategoryForm({ awardId }: { awardId: number }) {
  const t = useTranslations('awards.categories');
  const names = useTranslations('names');
  const [state, formAction] = useActionState(addCategoryAction, initialFormState);
  const v = { name: '', winners: '1', nameEn: '', description: '', ...(state.ok ? {} : state.values) };
  const field = fieldsOf(v, state.fieldErrors, 'category');
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <TextField label={t('name')} {...field('name')} required limit={120} key={`n-${state.ok}`} />
        <TextField label={t('winners')} {...field('winners')} required inputMode="numeric" />
      </div>
      <TextField label={names('englishName')} {...field('nameEn')} lang="en" limit={120} key={`ne-${state.ok}`} />
      <TextField label={t('description')} {...field('description')} limit={2000} />
      <SubmitButton variant="secondary">{t('add')}</SubmitButton>
    </ActionForm>
  );
}
