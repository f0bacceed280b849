'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/Field';
import { FormMessages } from '@/components/ui/FormMessages';
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
  const e = state.fieldErrors ?? {};
  const p = 'round';
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="awardId" value={awardId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          idPrefix={p}
          label={t('name')}
          name="name"
          required
          limit={120}
          defaultValue={v.name}
          error={e.name}
          key={`n-${state.ok}`}
        />
        <SelectField
          idPrefix={p}
          label={t('category')}
          name="categoryId"
          required
          defaultValue={v.categoryId}
          key={`c-${v.categoryId}`}
          error={e.categoryId}
          options={[
            { value: '', label: t('chooseCategory') },
            ...categories.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <SelectField
          idPrefix={p}
          label={t('method')}
          name="method"
          defaultValue={v.method}
          key={`m-${v.method}`}
          error={e.method}
          options={[
            { value: 'approval', label: t('methods.approval') },
            { value: 'ranked', label: t('methods.ranked') },
          ]}
        />
        <TextField
          idPrefix={p}
          label={t('maxChoices')}
          name="maxChoices"
          inputMode="numeric"
          required
          defaultValue={v.maxChoices}
          error={e.maxChoices}
        />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">{t('quorum')}</legend>
        <TextField
          idPrefix={p}
          label={t('quorumNumerator')}
          name="quorumNumerator"
          inputMode="numeric"
          defaultValue={v.quorumNumerator}
          error={e.quorumNumerator}
        />
        <TextField
          idPrefix={p}
          label={t('quorumDenominator')}
          name="quorumDenominator"
          inputMode="numeric"
          defaultValue={v.quorumDenominator}
          error={e.quorumDenominator}
        />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium">{t('threshold')}</legend>
        <TextField
          idPrefix={p}
          label={t('thresholdNumerator')}
          name="thresholdNumerator"
          inputMode="numeric"
          defaultValue={v.thresholdNumerator}
          error={e.thresholdNumerator}
        />
        <TextField
          idPrefix={p}
          label={t('thresholdDenominator')}
          name="thresholdDenominator"
          inputMode="numeric"
          defaultValue={v.thresholdDenominator}
          error={e.thresholdDenominator}
        />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          idPrefix={p}
          label={t('tieRule')}
          name="tieRule"
          defaultValue={v.tieRule}
          key={`t-${v.tieRule}`}
          error={e.tieRule}
          options={[
            { value: 'runoff', label: t('tieRules.runoff') },
            { value: 'chair', label: t('tieRules.chair') },
          ]}
        />
        <SelectField
          idPrefix={p}
          label={t('presence')}
          name="presenceMeetingId"
          defaultValue={v.presenceMeetingId}
          key={`pm-${v.presenceMeetingId}`}
          error={e.presenceMeetingId}
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
    </form>
  );
}
