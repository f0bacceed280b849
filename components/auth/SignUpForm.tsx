'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/auth/NewPasswordFields';
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
  const field = fieldsOf(v, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} className="space-y-4">
      <TextField label={t('name')} {...field('name')} autoComplete="name" required limit={50} hint={t('nameHint')} />
      <TextField label={t('email')} {...field('email')} type="email" autoComplete="email" required />
      <NewPasswordFields
        name="password"
        label={t('password')}
        hint={t('passwordHint')}
        confirmLabel={t('confirmPassword')}
        errors={state.fieldErrors}
      />
      <SubmitButton className="w-full">{t('signUp')}</SubmitButton>
    </ActionForm>
  );
}
