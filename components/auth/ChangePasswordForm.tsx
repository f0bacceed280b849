'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/auth/NewPasswordFields';
import { TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { changePassword } from '@/lib/auth/actions';

export function ChangePasswordForm() {
  const t = useTranslations('account');
  const [state, action] = useActionState(changePassword, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={action} state={state} className="max-w-md space-y-4">
      <TextField
        label={t('currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={e.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        label={t('newPassword')}
        hint={t('passwordHint')}
        confirmLabel={t('confirmPassword')}
        errors={e}
      />
      <SubmitButton>{t('changePassword')}</SubmitButton>
    </ActionForm>
  );
}
