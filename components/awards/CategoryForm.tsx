'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { addCategoryAction } from '@/lib/awards/actions';

export function CategoryForm({ awardId }: { awardId: number }) {
  const t = useTranslations('awards.categories');
  const names = useTranslations('names');
  const [state, formAction] = useActionState(addCategoryAction, initialFormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <TextField
          idPrefix="category"
          label={t('name')}
          name="name"
          required
          limit={120}
          defaultValue={v.name ?? ''}
          error={e.name}
          key={`n-${state.ok}`}
        />
        <TextField
          idPrefix="category"
          label={t('winners')}
          name="winners"
          required
          inputMode="numeric"
          defaultValue={v.winners ?? '1'}
          error={e.winners}
        />
      </div>
      <TextField
        idPrefix="category"
        label={names('englishName')}
        name="nameEn"
        lang="en"
        limit={120}
        defaultValue={v.nameEn ?? ''}
        error={e.nameEn}
        key={`ne-${state.ok}`}
      />
      <TextField
        idPrefix="category"
        label={t('description')}
        name="description"
        limit={2000}
        defaultValue={v.description ?? ''}
        error={e.description}
      />
      <SubmitButton variant="secondary">{t('add')}</SubmitButton>
    </ActionForm>
  );
}
