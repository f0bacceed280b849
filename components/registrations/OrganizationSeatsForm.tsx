'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { setOrganizationSeatsAction } from '@/lib/registrations/actions';

/** Holds seats for a member organization (0 removes the hold). */
export function OrganizationSeatsForm({
  meetingId,
  organizations,
}: {
  meetingId: number;
  organizations: { id: number; name: string }[];
}) {
  const t = useTranslations('registration.organizationSeats');
  const common = useTranslations('common');
  const [state, action] = useActionState(setOrganizationSeatsAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId }}
      className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      messagesClassName="sm:col-span-3"
    >
      <SelectField
        idPrefix="seats"
        label={t('organization')}
        name="organizationId"
        required
        placeholder={common('choose')}
        error={e.organizationId}
        options={organizations.map((organization) => ({ value: String(organization.id), label: organization.name }))}
      />
      <TextField idPrefix="seats" label={t('seats')} name="seats" required inputMode="numeric" error={e.seats} />
      <SubmitButton variant="secondary">{t('set')}</SubmitButton>
    </ActionForm>
  );
}
