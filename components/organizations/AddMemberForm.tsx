'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { addMemberAction } from '@/lib/organizations/actions';

/**
 * Puts a person in an organization. Used from both sides: an organization's
 * page picks the person, a person's page picks the organization.
 */
export function AddMemberForm({
  fixed,
  choices,
}: {
  fixed: { organizationId: number } | { userId: number };
  choices: { value: string; label: string }[];
}) {
  const t = useTranslations('organizations');
  const common = useTranslations('common');
  const [state, action] = useActionState(addMemberAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const picking = 'organizationId' in fixed ? 'userId' : 'organizationId';
  return (
    <ActionForm action={action} state={state} hiddenFields={fixed} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={picking === 'userId' ? t('person') : t('organization')}
          name={picking}
          required
          key={`${picking}-${v[picking] ?? ''}`}
          defaultValue={v[picking] ?? ''}
          error={e[picking]}
          placeholder={common('choose')}
          options={choices}
        />
        <TextField label={t('position')} name="position" limit={50} defaultValue={v.position} error={e.position} />
      </div>
      <CheckboxField
        label={t('isRepresentative')}
        name="isRepresentative"
        key={`rep-${v.isRepresentative ?? ''}`}
        defaultChecked={v.isRepresentative === 'on'}
      />
      <SubmitButton>{t('addMember')}</SubmitButton>
    </ActionForm>
  );
}
