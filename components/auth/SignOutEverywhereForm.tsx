'use client';

import { useTranslations } from 'next-intl';
import { wipeDoorCopies } from '@/components/check-in/door-wipe';
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
    // This device's door station ticket lists go too (decision 0024); other devices wipe theirs when the server refuses them.
    <form action={action} onSubmit={() => void wipeDoorCopies()} className="max-w-md space-y-3">
      <FormMessages state={state} />
      <p className="text-sm text-muted">{t('sessionsHint')}</p>
      <SubmitButton variant="secondary">{t('signOutEverywhere')}</SubmitButton>
    </form>
  );
}
