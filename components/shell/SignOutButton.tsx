'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { signOut } from '@/lib/auth/actions';

export function SignOutButton() {
  const t = useTranslations('nav');
  const [, action] = useActionState(signOut, initialFormState);
  return (
    <form action={action}>
      <SubmitButton variant="ghost">{t('signOut')}</SubmitButton>
    </form>
  );
}
