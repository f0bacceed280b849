'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextareaField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { organizationKinds } from '@/db/schema/enums';
import { initialFormState, type FormAction } from '@/lib/actions/state';

type Values = { name: string; kind: string; address: string; description: string };

export function OrganizationForm({
  action,
  organizationId,
  initial,
}: {
  action: FormAction;
  organizationId?: number;
  initial?: Values;
}) {
  const t = useTranslations('organizations');
  const kinds = useTranslations('organizationKinds');
  const common = useTranslations('common');
  const [state, formAction] = useActionState(action, initialFormState);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const field = fieldsOf(v, e);
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ organizationId }} className="space-y-4">
      <TextField label={t('name')} {...field('name')} required limit={100} />
      <SelectField
        label={t('kind')}
        name="kind"
        required
        // key: React keeps a select's own state; a new default needs a fresh element.
        key={`kind-${v.kind ?? ''}`}
        defaultValue={v.kind ?? ''}
        error={e.kind}
        placeholder={common('choose')}
        options={organizationKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
      />
      <TextField label={t('address')} {...field('address')} limit={200} />
      <TextareaField label={t('description')} {...field('description')} limit={2000} rows={4} />
      <SubmitButton>{organizationId ? common('save') : t('create')}</SubmitButton>
    </ActionForm>
  );
}
