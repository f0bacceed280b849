'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxChoice, SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { inviteAction } from '@/lib/registrations/actions';

type Representative = { userId: number; name: string; email: string; organization: string };

/** Invite by pasting "name, email" lines, or by ticking organization representatives. */
export function InviteForm({
  meetingId,
  categories,
  representatives,
}: {
  meetingId: number;
  categories: { id: number; name: string }[];
  representatives: Representative[];
}) {
  const t = useTranslations('registration.invite');
  const common = useTranslations('common');
  const [state, action] = useActionState(inviteAction, initialFormState);
  const v: Record<string, string> = { validDays: '14', ...state.values };
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e, 'invite');
  return (
    <ActionForm action={action} state={state} hiddenFields={{ meetingId }} className="space-y-4">
      <SelectField
        idPrefix="invite"
        label={t('category')}
        name="categoryId"
        required
        key={`category-${v.categoryId ?? ''}`}
        defaultValue={v.categoryId ?? ''}
        placeholder={common('choose')}
        error={e.categoryId}
        options={categories.map((category) => ({ value: String(category.id), label: category.name }))}
      />
      <TextareaField label={t('people')} {...field('people')} rows={4} limit={20_000} hint={t('peopleHint')} />
      {representatives.length > 0 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t('representatives')}</legend>
          <div className="max-h-56 overflow-y-auto rounded-md border border-line p-2">
            {representatives.map((person) => (
              <CheckboxChoice key={person.userId} name="representatives" value={person.userId}>
                <span>
                  {person.name} <span className="text-sm text-muted">{person.organization}</span>
                </span>
              </CheckboxChoice>
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextField label={t('validDays')} {...field('validDays')} inputMode="numeric" className="sm:max-w-xs" />
      <SubmitButton>{t('send')}</SubmitButton>
    </ActionForm>
  );
}
