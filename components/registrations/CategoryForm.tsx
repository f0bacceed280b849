'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionButton } from '@/components/ui/ActionButton';
import { CheckboxField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { addCategoryAction, removeCategoryAction, updateCategoryAction } from '@/lib/registrations/actions';

type Category = { id: number; name: string; nameEn: string | null; quota: number | null; selfService: boolean };

/** One category (edit, remove) or, without `category`, a new one for the meeting. */
export function CategoryForm({ meetingId, category }: { meetingId: number; category?: Category }) {
  const t = useTranslations('registration.categories');
  const common = useTranslations('common');
  const names = useTranslations('names');
  const [state, action] = useActionState(category ? updateCategoryAction : addCategoryAction, initialFormState);
  const prefix = category ? `category-${category.id}` : 'new-category';
  const v = {
    name: category?.name ?? '',
    nameEn: category?.nameEn ?? '',
    quota: category?.quota === null || category?.quota === undefined ? '' : String(category.quota),
    selfService: category ? (category.selfService ? 'on' : '') : 'on',
    ...state.values,
  };
  const field = fieldsOf(v, state.fieldErrors, prefix);
  return (
    <div className="space-y-2 rounded-md border border-line p-3">
      <ActionForm
        action={action}
        state={state}
        hiddenFields={category ? { categoryId: category.id } : { meetingId }}
        className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end"
        messagesClassName="sm:col-span-4"
      >
        <TextField label={t('name')} {...field('name')} required limit={40} />
        <TextField label={names('englishName')} {...field('nameEn')} lang="en" limit={40} />
        <TextField label={t('quota')} {...field('quota')} inputMode="numeric" />
        <SubmitButton variant={category ? 'secondary' : 'primary'}>{category ? common('save') : t('add')}</SubmitButton>
        <CheckboxField
          idPrefix={prefix}
          label={t('selfService')}
          name="selfService"
          defaultChecked={v.selfService === 'on' || v.selfService === 'true'}
          className="sm:col-span-4"
          key={`self-${v.selfService}`}
        />
      </ActionForm>
      {category ? (
        <ActionButton
          action={removeCategoryAction}
          fields={{ categoryId: String(category.id) }}
          variant="ghost"
          confirm={t('confirmRemove', { name: category.name })}
        >
          {t('remove')} <span className="sr-only">{category.name}</span>
        </ActionButton>
      ) : null}
    </div>
  );
}
