'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
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
      <TextField
        label={t('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={e.newPassword}
        hint={t('passwordHint')}
      />
      <TextField
        label={t('confirmPassword')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={e.confirmPassword}
      />
      <SubmitButton>{t('changePassword')}</SubmitButton>
    </ActionForm>
  );
}
