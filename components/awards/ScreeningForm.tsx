'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { screenNominationAction } from '@/lib/awards/actions';

/** The organizer's or chair's decision on one nomination. */
export function ScreeningForm({
  nomination,
}: {
  nomination: {
    id: number;
    status: string;
    ineligibleReason: string | null;
    shortlisted: boolean;
    nomineeNames: string;
  };
}) {
  const t = useTranslations('awards.screening');
  const [state, formAction] = useActionState(screenNominationAction, initialFormState);
  const v = {
    status: nomination.status,
    reason: nomination.ineligibleReason ?? '',
    shortlisted: nomination.shortlisted ? 'on' : '',
    ...state.values,
  };
  const e = state.fieldErrors ?? {};
  const prefix = `screen-${nomination.id}`;
  return (
    <form
      action={formAction}
      className="space-y-2"
      noValidate
      aria-label={t('formLabel', { nominee: nomination.nomineeNames })}
    >
      <input type="hidden" name="nominationId" value={nomination.id} />
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <SelectField
          idPrefix={prefix}
          label={t('decision')}
          name="status"
          defaultValue={v.status}
          key={`s-${v.status}`}
          error={e.status}
          options={(['submitted', 'eligible', 'ineligible', 'withdrawn'] as const).map((s) => ({
            value: s,
            label: t(`statuses.${s}`),
          }))}
        />
        <TextField
          idPrefix={prefix}
          label={t('reason')}
          name="reason"
          limit={500}
          defaultValue={v.reason}
          error={e.reason}
          hint={t('reasonHint')}
        />
      </div>
      <CheckboxField
        idPrefix={prefix}
        label={t('shortlist')}
        name="shortlisted"
        defaultChecked={v.shortlisted === 'on'}
        key={`sl-${v.shortlisted}`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary">{t('save')}</SubmitButton>
        <FormMessages state={state} />
      </div>
    </form>
  );
}
