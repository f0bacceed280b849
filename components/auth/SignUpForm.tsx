'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { signUp } from '@/lib/auth/actions';

export function SignUpForm() {
  const t = useTranslations('auth');
  const [state, action] = useActionState(signUp, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e);
  return (
    <ActionForm action={action} state={state} className="space-y-4">
      <TextField label={t('name')} {...field('name')} autoComplete="name" required limit={50} hint={t('nameHint')} />
      <TextField label={t('email')} {...field('email')} type="email" autoComplete="email" required />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={e.password}
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
      <SubmitButton className="w-full">{t('signUp')}</SubmitButton>
    </ActionForm>
  );
}
