'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { CategorySelect } from '@/components/awards/CategorySelect';
import { fieldsOf } from '@/components/ui/fieldsOf';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialFormState } from '@/lib/actions/state';
import { createRoundAction } from '@/lib/awards/actions';

/** A voting round and the rules it states: method, choices, secrecy, quorum, threshold, tie rule, presence. */
export function RoundForm({
  awardId,
  categories,
  meetings,
}: {
  awardId: number;
  categories: { id: number; name: string }[];
  meetings: { id: number; title: string }[];
}) {
  const t = useTranslations('awards.rounds');
  const [state, formAction] = useActionState(createRoundAction, initialFormState);
  const v = {
    name: '',
    method: 'approval',
    maxChoices: '1',
    secret: 'on',
    quorumNumerator: '2',
    quorumDenominator: '3',
    thresholdNumerator: '1',
    thresholdDenominator: '2',
    tieRule: 'runoff',
    categoryId: '',
    presenceMeetingId: '',
    allowChanges: '',
    ...(state.ok ? {} : state.values),
  };
  const p = 'round';
  const field = fieldsOf(v, state.fieldErrors, p);
  return (
    <ActionForm action={formAction} state={state} hiddenFields={{ awardId }} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t('name')} {...field('name')} required limit={120} key={`n-${state.ok}`} />
        <CategorySelect {...field('categoryId')} categories={categories} />
        <SelectField
          label={t('method')}
          {...field('method')}
          key={`m-${v.method}`}
          options={[
            { value: 'approval', label: t('methods.approval') },
            { value: 'ranked', label: t('methods.ranked') },
          ]}
        />
        <TextField label={t('maxChoices')} {...field('maxChoices')} inputMode="numeric" required />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">{t('quorum')}</legend>
        <TextField label={t('quorumNumerator')} {...field('quorumNumerator')} inputMode="numeric" />
        <TextField label={t('quorumDenominator')} {...field('quorumDenominator')} inputMode="numeric" />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">{t('threshold')}</legend>
        <TextField label={t('thresholdNumerator')} {...field('thresholdNumerator')} inputMode="numeric" />
        <TextField label={t('thresholdDenominator')} {...field('thresholdDenominator')} inputMode="numeric" />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('tieRule')}
          {...field('tieRule')}
          key={`t-${v.tieRule}`}
          options={[
            { value: 'runoff', label: t('tieRules.runoff') },
            { value: 'chair', label: t('tieRules.chair') },
          ]}
        />
        <SelectField
          label={t('presence')}
          {...field('presenceMeetingId')}
          key={`pm-${v.presenceMeetingId}`}
          hint={t('presenceHint')}
          options={[
            { value: '', label: t('noPresence') },
            ...meetings.map((m) => ({ value: String(m.id), label: m.title })),
          ]}
        />
      </div>
      <CheckboxField
        idPrefix={p}
        label={t('secret')}
        name="secret"
        defaultChecked={v.secret === 'on'}
        key={`s-${v.secret}`}
      />
      <CheckboxField
        idPrefix={p}
        label={t('allowChanges')}
        name="allowChanges"
        defaultChecked={v.allowChanges === 'on'}
        key={`a-${v.allowChanges}`}
      />
      <SubmitButton variant="secondary">{t('create')}</SubmitButton>
    </ActionForm>
  );
}
