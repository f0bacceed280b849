'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { signOutEverywhere } from '@/lib/auth/actions';

/** Ends every session of the account, this one too (the sessions carry a version the server raises). */
export function SignOutEverywhereForm() {
  const t = useTranslations('account');
  const [state, action] = useActionState(signOutEverywhere, initialFormState);
  return (
    <form action={action} className="max-w-md space-y-3">
      <FormMessages state={state} />
      <p className="text-sm text-muted">{t('sessionsHint')}</p>
      <SubmitButton variant="secondary">{t('signOutEverywhere')}</SubmitButton>
    </form>
  );
}
