'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { checkReceiptAction } from '@/lib/awards/actions';

export function ReceiptCheck({ roundId }: { roundId: number }) {
  const t = useTranslations('awards.ballot');
  const [state, formAction] = useActionState(checkReceiptAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="roundId" value={roundId} />
      <TextField
        idPrefix="check"
        label={t('checkLabel')}
        name="receipt"
        limit={40}
        defaultValue={state.values?.receipt ?? ''}
        error={state.fieldErrors?.receipt}
        autoComplete="off"
      />
      <SubmitButton variant="secondary">{t('check')}</SubmitButton>
      <FormMessages state={state} className="basis-full" />
    </form>
  );
}
