'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { ActionForm } from '@/components/ui/ActionForm';
import { fieldsOf } from '@/components/ui/fieldsOf';
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
  const field = fieldsOf<{ organizationId?: string; seats?: string }>({}, state.fieldErrors, 'seats');
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ meetingId }}
      className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      messagesClassName="sm:col-span-3"
    >
      <SelectField
        label={t('organization')}
        {...field('organizationId')}
        required
        placeholder={common('choose')}
        options={organizations.map((organization) => ({ value: String(organization.id), label: organization.name }))}
      />
      <TextField label={t('seats')} {...field('seats')} required inputMode="numeric" />
      <SubmitButton variant="secondary">{t('set')}</SubmitButton>
    </ActionForm>
  );
}
