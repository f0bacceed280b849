'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { registrationModes } from '@/db/schema/enums';
import { initialFormState } from '@/lib/actions/state';
import { saveSettingsAction } from '@/lib/registrations/actions';

type Values = { mode: string; opensAt: string; closesAt: string; organizationSeatsReleaseAt: string };

/** Mode and window of registration; times in the meeting's own zone. */
export function SettingsForm({
  meetingId,
  initial,
  timeZone,
}: {
  meetingId: number;
  initial: Values;
  timeZone: string;
}) {
  const t = useTranslations('registration.settings');
  const modes = useTranslations('registrationModes');
  const [state, action] = useActionState(saveSettingsAction, initialFormState);
  const v = { ...initial, ...state.values };
  const field = fieldsOf(v, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ meetingId }} className="space-y-4">
      <SelectField
        label={t('mode')}
        {...field('mode')}
        key={`mode-${v.mode}`}
        options={registrationModes.map((mode) => ({ value: mode, label: modes(mode) }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('opensAt')} {...field('opensAt')} type="datetime-local" hint={t('emptyMeansNow')} />
        <TextField label={t('closesAt')} {...field('closesAt')} type="datetime-local" hint={t('emptyMeansStart')} />
      </div>
      <TextField
        label={t('releaseAt')}
        {...field('organizationSeatsReleaseAt')}
        type="datetime-local"
        hint={t('releaseHint', { zone: timeZone })}
      />
      <SubmitButton>{t('save')}</SubmitButton>
    </ActionForm>
  );
}
