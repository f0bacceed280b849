'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { siteRoles } from '@/db/schema/enums';
import { initialFormState, type FormAction } from '@/lib/actions/state';

type Values = { name: string; email: string; phone: string };

/** Creates a person (with role and an optional first password) or edits one's details. */
export function PersonForm({ action, personId, initial }: { action: FormAction; personId?: number; initial?: Values }) {
  const t = useTranslations('people');
  const roles = useTranslations('roles');
  const common = useTranslations('common');
  const [state, formAction] = useActionState(action, initialFormState);
  const v: Record<string, string | undefined> = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e);
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ personId }} className="space-y-4">
      <TextField label={t('name')} {...field('name')} required limit={50} autoComplete="off" />
      <TextField label={t('email')} {...field('email')} type="email" required autoComplete="off" />
      <TextField label={t('phone')} {...field('phone')} type="tel" autoComplete="off" hint={t('phoneHint')} />
      {personId ? null : (
        <>
          <SelectField
            label={t('role')}
            name="role"
            required
            key={`role-${v.role ?? 'member'}`}
            defaultValue={v.role ?? 'member'}
            error={e.role}
            options={siteRoles.map((role) => ({ value: role, label: roles(role) }))}
          />
          <TextField
            label={t('initialPassword')}
            name="initialPassword"
            type="password"
            autoComplete="new-password"
            error={e.initialPassword}
            hint={t('initialPasswordHint')}
          />
        </>
      )}
      <SubmitButton>{personId ? common('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
