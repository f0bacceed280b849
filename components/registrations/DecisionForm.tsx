'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { decideRegistrationAction } from '@/lib/registrations/actions';

/** Approve, or reject with a reason the registrant receives. */
export function DecisionForm({ registrationId, name }: { registrationId: number; name: string }) {
  const t = useTranslations('registration.approvals');
  const [state, action] = useActionState(decideRegistrationAction, initialFormState);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ registrationId }} className="space-y-2">
      <TextField
        idPrefix={`decision-${registrationId}`}
        label={t('reason', { name })}
        name="reason"
        limit={500}
        error={state.fieldErrors?.reason}
        defaultValue={state.values?.reason}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="approve">
          {t('approve')} <span className="sr-only">{name}</span>
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="danger">
          {t('reject')} <span className="sr-only">{name}</span>
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
