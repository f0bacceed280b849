'use client';

import { useTranslations } from 'next-intl';
import { wipeDoorCopies } from '@/components/check-in/door-wipe';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { signOut } from '@/lib/auth/actions';

export function SignOutButton() {
  const t = useTranslations('nav');
  const [, action] = useActionState(signOut, initialFormState);
  return (
    // Signing out also removes door stations' ticket lists from this device (decision 0024).
    <form action={action} onSubmit={() => void wipeDoorCopies()}>
      <SubmitButton variant="ghost">{t('signOut')}</SubmitButton>
    </form>
  );
}
