'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { fieldsOf } from '@/components/ui/fieldsOf';
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
  const prefix = `screen-${nomination.id}`;
  const field = fieldsOf(v, state.fieldErrors, prefix);
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
          label={t('decision')}
          {...field('status')}
          key={`s-${v.status}`}
          options={(['submitted', 'eligible', 'ineligible', 'withdrawn'] as const).map((s) => ({
            value: s,
            label: t(`statuses.${s}`),
          }))}
        />
        <TextField label={t('reason')} {...field('reason')} limit={500} hint={t('reasonHint')} />
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
