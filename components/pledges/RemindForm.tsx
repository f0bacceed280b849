'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { remindAction } from '@/lib/pledges/actions';

export function RemindForm({ campaignId }: { campaignId: number }) {
  const t = useTranslations('pledges.dashboard');
  const [state, action] = useActionState(remindAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessages state={state} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <SubmitButton variant="secondary">{t('remind')}</SubmitButton>
    </form>
  );
}
