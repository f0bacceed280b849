'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, TextareaField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { countersignAction, declineAction, signAction } from '@/lib/pledges/actions';

/** The representative types their full name and confirms; the form names the version read. */
export function SignForm({
  issueId,
  versionId,
  organization,
}: {
  issueId: number;
  versionId: number;
  organization: string;
}) {
  const t = useTranslations('pledges.document');
  const [state, action] = useActionState(signAction, initialFormState);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ issueId, versionId }} className="space-y-3">
      <TextField
        label={t('typedName')}
        hint={t('typedNameHint')}
        name="typedName"
        autoComplete="name"
        required
        limit={100}
        defaultValue={state.values?.typedName}
        error={state.fieldErrors?.typedName}
      />
      <CheckboxField label={t('confirm', { organization })} name="confirm" error={state.fieldErrors?.confirm} />
      <SubmitButton>{t('sign')}</SubmitButton>
    </ActionForm>
  );
}

export function DeclineForm({ issueId }: { issueId: number }) {
  const t = useTranslations('pledges.document');
  const [state, action] = useActionState(declineAction, initialFormState);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ issueId }} className="space-y-3">
      <TextareaField
        label={t('declineReason')}
        name="reason"
        rows={3}
        limit={1000}
        required
        defaultValue={state.values?.reason}
        error={state.fieldErrors?.reason}
      />
      <SubmitButton variant="danger">{t('decline')}</SubmitButton>
    </ActionForm>
  );
}

export function CountersignForm({ issueId }: { issueId: number }) {
  const t = useTranslations('pledges.document');
  const [state, action] = useActionState(countersignAction, initialFormState);
  return (
    <form action={action} className="space-y-2 print:hidden">
      <FormMessages state={state} />
      <input type="hidden" name="issueId" value={issueId} />
      <SubmitButton>{t('countersign')}</SubmitButton>
    </form>
  );
}
